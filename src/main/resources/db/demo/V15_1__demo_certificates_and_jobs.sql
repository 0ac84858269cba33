-- Issue 14 (gaps). A training of the OKIP agreement that ended yesterday, where `member` was marked as attended
-- and `member2` registered but did not come: the coordinator issues certificates of attendance from its
-- registrations page on the first run. Dates are relative to the day the demo database is made.

INSERT INTO event (id, version, created, modified, type, title, description, agenda, starts_at, ends_at, zone_id, place, online_link,
                   language, organiser_id, coordinator_id, reach, capacity, registration_opens, registration_closes, needs_approval, status,
                   sequence_number) VALUES
 (151, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'TRAINING', 'Zarządzanie własnością intelektualną we wspólnych projektach',
  '<p>Szkolenie dla członków klastrów porozumienia OKIP: kto jest właścicielem wyników wspólnego projektu B+R, licencje i umowy o poufności.</p>',
  NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '1' DAY + INTERVAL '8' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '1' DAY + INTERVAL '14' HOUR,
  'Europe/Warsaw', 'Jastrzębie-Zdrój, ul. Pszczyńska 1', NULL, 'pl', 1, 2, 'PARTICIPANTS', 20, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '2' DAY + INTERVAL '15' HOUR, FALSE, 'PUBLISHED', 0);

INSERT INTO event_agreement (event_id, agreement_id) VALUES (151, 1);

INSERT INTO audience (subject_type, subject_id, grantee) VALUES
 ('EVENT', 151, 'P:2'), ('EVENT', 151, 'C:1'), ('EVENT', 151, 'A:1');

INSERT INTO registration (id, version, created, modified, event_id, person_id, state, arrival, attended) VALUES
 (251, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 151, 3, 'CONFIRMED', 1, TRUE),
 (252, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 151, 4, 'CONFIRMED', 2, FALSE);
