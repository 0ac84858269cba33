-- Who may see an offer, an event or a proposal, as rows (agreements.Audience keeps them in the transaction of
-- each change). A grantee is '*' (everybody), 'A:<agreement>' (whoever may see that agreement),
-- 'C:<agreement>' (its coordinators), 'R:<agreement>' (its coordinators while it asks for the review of
-- offers), 'O:<organisation>' (its people) or 'P:<person>'. The primary key is what a list probes for each
-- candidate row; the second index serves questions asked from the grantee's side.
CREATE TABLE audience (
    subject_type VARCHAR(20) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    grantee      VARCHAR(40) NOT NULL,
    PRIMARY KEY (subject_type, subject_id, grantee)
);
CREATE INDEX audience_grantee_idx ON audience (grantee, subject_type, subject_id);

-- One Reach for agreements, offers, events and proposals: PARTICIPANTS or PUBLIC.
UPDATE offer SET reach = 'PARTICIPANTS' WHERE reach = 'AGREEMENTS';
UPDATE event SET reach = 'PARTICIPANTS' WHERE reach = 'AGREEMENTS';
UPDATE project_proposal SET reach = 'PARTICIPANTS' WHERE reach = 'AGREEMENTS';

-- The audiences of what exists, by the rules the services applied until now:
-- offers: their organisation and co-providers that did not decline; while in review the reviewers of their
-- agreements; once published everybody or the participants of their agreements;
-- events: their coordinator and the coordinators of their agreements; unless a draft, everybody or the
-- participants of their agreements;
-- proposals: the organisations named as partners (the lead is one); everybody or the participants of their agreements.
INSERT INTO audience (subject_type, subject_id, grantee)
SELECT DISTINCT subject_type, subject_id, grantee FROM (
    SELECT 'OFFER' AS subject_type, o.id AS subject_id, CONCAT('O:', o.owner_id) AS grantee FROM offer o
    UNION ALL
    SELECT 'OFFER', c.offer_id, CONCAT('O:', c.organisation_id) FROM offer_co_provider c WHERE c.answer <> 'DECLINED'
    UNION ALL
    SELECT 'OFFER', oa.offer_id, CONCAT('R:', oa.agreement_id)
    FROM offer_agreement oa JOIN offer o ON o.id = oa.offer_id WHERE o.status = 'IN_REVIEW'
    UNION ALL
    SELECT 'OFFER', o.id, '*' FROM offer o WHERE o.status = 'PUBLISHED' AND o.reach = 'PUBLIC'
    UNION ALL
    SELECT 'OFFER', oa.offer_id, CONCAT('A:', oa.agreement_id)
    FROM offer_agreement oa JOIN offer o ON o.id = oa.offer_id WHERE o.status = 'PUBLISHED' AND o.reach = 'PARTICIPANTS'
    UNION ALL
    SELECT 'EVENT', e.id, CONCAT('P:', e.coordinator_id) FROM event e
    UNION ALL
    SELECT 'EVENT', ea.event_id, CONCAT('C:', ea.agreement_id) FROM event_agreement ea
    UNION ALL
    SELECT 'EVENT', e.id, '*' FROM event e WHERE e.status <> 'DRAFT' AND e.reach = 'PUBLIC'
    UNION ALL
    SELECT 'EVENT', ea.event_id, CONCAT('A:', ea.agreement_id)
    FROM event_agreement ea JOIN event e ON e.id = ea.event_id WHERE e.status <> 'DRAFT' AND e.reach = 'PARTICIPANTS'
    UNION ALL
    SELECT 'PROPOSAL', p.id, CONCAT('O:', p.lead_id) FROM project_proposal p
    UNION ALL
    SELECT 'PROPOSAL', pp.proposal_id, CONCAT('O:', pp.organisation_id) FROM proposal_partner pp
    UNION ALL
    SELECT 'PROPOSAL', p.id, '*' FROM project_proposal p WHERE p.reach = 'PUBLIC'
    UNION ALL
    SELECT 'PROPOSAL', pa.proposal_id, CONCAT('A:', pa.agreement_id)
    FROM proposal_agreement pa JOIN project_proposal p ON p.id = pa.proposal_id WHERE p.reach = 'PARTICIPANTS'
) grants;
