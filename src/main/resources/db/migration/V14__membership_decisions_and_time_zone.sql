-- Issue 14, defect 12: the answer to a request to join says approved or declined, so the one notice kind
-- MEMBERSHIP_DECIDED becomes MEMBERSHIP_APPROVED and MEMBERSHIP_DECLINED. A person's choice for the old kind
-- holds for both new ones; a notification already written takes the kind of the membership's decision.
INSERT INTO notification_delivery (preferences_id, kind, delivery)
    SELECT preferences_id, 'MEMBERSHIP_APPROVED', delivery FROM notification_delivery WHERE kind = 'MEMBERSHIP_DECIDED';
INSERT INTO notification_delivery (preferences_id, kind, delivery)
    SELECT preferences_id, 'MEMBERSHIP_DECLINED', delivery FROM notification_delivery WHERE kind = 'MEMBERSHIP_DECIDED';
DELETE FROM notification_delivery WHERE kind = 'MEMBERSHIP_DECIDED';

UPDATE notification SET kind = CASE
        WHEN EXISTS (SELECT 1 FROM membership m WHERE m.person_id = notification.recipient_id
                     AND m.organisation_id = notification.subject_id AND m.status = 'APPROVED')
        THEN 'MEMBERSHIP_APPROVED' ELSE 'MEMBERSHIP_DECLINED' END
    WHERE kind = 'MEMBERSHIP_DECIDED';

-- Issue 14, defect 8: the zone a person's times are shown in, stored the first time their browser tells it (or
-- chosen in their profile), so the first page after login uses it too. Null until then.
ALTER TABLE person ADD COLUMN time_zone VARCHAR(64);
