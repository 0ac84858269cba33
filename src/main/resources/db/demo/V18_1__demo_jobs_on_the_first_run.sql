-- Issue 14 (jobs). What the daily jobs act on at their first run, dated relative to the day the demo database is
-- made: an offer of `member`'s company that expired yesterday (the offers' job tells its contact and the company's
-- administrators, and it leaves the open offers until renewed), an expression of interest in `member`'s methane sensor
-- offer whose meeting was arranged three months ago (the job asks what came of it), and a seminar of the OKIP
-- agreement tomorrow where `member` and `member2` have a seat (the events' job reminds them the day before).
-- Two e-mails in the outbox, one sent and one given up, so the administrators' outbox page has something to show.

INSERT INTO offer (id, version, created, modified, kind, category, title, summary, owner_id, reach, valid_until, contact_id, status, published_at) VALUES
 (181, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'SERVICE', 'Pomiary jakości powietrza w halach produkcyjnych',
  'Jastrzębie Innovation Labs mierzy pyły, gazy i hałas w halach firm klastra, z raportem dla inspekcji pracy.',
  21, 'PARTICIPANTS', CURRENT_DATE - 1, 3, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '180' DAY);

INSERT INTO offer_agreement (offer_id, agreement_id) VALUES (181, 1);

INSERT INTO audience (subject_type, subject_id, grantee) VALUES
 ('OFFER', 181, 'O:21'), ('OFFER', 181, 'A:1');

INSERT INTO offer_interest (id, version, created, modified, offer_id, person_id, organisation_id, cooperation, message, state, outcome_since, follow_ups) VALUES
 (182, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '100' DAY, CURRENT_TIMESTAMP, 801, 52, 23, 'TECHNICAL_COOPERATION',
  'Nasze czujniki noszone mogłyby korzystać z tej samej sieci LoRaWAN. Porozmawiajmy.', 'MEETING_ARRANGED', CURRENT_DATE - 95, 0);

INSERT INTO event (id, version, created, modified, type, title, description, agenda, starts_at, ends_at, zone_id, place, online_link,
                   language, organiser_id, coordinator_id, reach, capacity, registration_opens, registration_closes, needs_approval, status,
                   sequence_number) VALUES
 (181, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'SEMINAR', 'Bezpieczeństwo danych we wspólnych projektach klastrów',
  '<p>Seminarium porozumienia OKIP: jak dzielić dane pomiarowe między partnerami, umowy powierzenia i kopie zapasowe.</p>',
  NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '1' DAY + INTERVAL '10' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '1' DAY + INTERVAL '13' HOUR,
  'Europe/Warsaw', 'Katowice, ul. Sokolska 65', NULL, 'pl', 1, 2, 'PARTICIPANTS', 30, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '1' DAY + INTERVAL '8' HOUR, FALSE, 'PUBLISHED', 0);

INSERT INTO event_agreement (event_id, agreement_id) VALUES (181, 1);

INSERT INTO audience (subject_type, subject_id, grantee) VALUES
 ('EVENT', 181, 'P:2'), ('EVENT', 181, 'C:1'), ('EVENT', 181, 'A:1');

INSERT INTO registration (id, version, created, modified, event_id, person_id, state, arrival, attended) VALUES
 (281, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 181, 3, 'CONFIRMED', 1, FALSE),
 (282, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 181, 4, 'CONFIRMED', 2, FALSE);

INSERT INTO outbox_message (id, version, created, modified, recipient_id, to_address, subject, text_body, html_body, message_id, status,
                            attempts, next_attempt_at, sent_at, last_error) VALUES
 (183, 1, CURRENT_TIMESTAMP - INTERVAL '2' DAY, CURRENT_TIMESTAMP - INTERVAL '2' DAY, 2, 'piotr.kowalski@okip.example.org',
  '[Portal współpracy klastrów] Prośba o dołączenie do organizacji Jastrzębie Innovation Labs',
  'Prośba o dołączenie do organizacji Jastrzębie Innovation Labs', '<p>Prośba o dołączenie do organizacji Jastrzębie Innovation Labs</p>',
  '<demo-183@localhost>', 'SENT', 0, CURRENT_TIMESTAMP - INTERVAL '2' DAY, CURRENT_TIMESTAMP - INTERVAL '2' DAY, NULL),
 (184, 1, CURRENT_TIMESTAMP - INTERVAL '1' DAY, CURRENT_TIMESTAMP - INTERVAL '1' DAY, 4, 'tomasz.zielinski@pikmed.example.org',
  '[Portal współpracy klastrów] Twoja rejestracja na „Bezpieczeństwo danych we wspólnych projektach klastrów” jest potwierdzona',
  'Twoja rejestracja na „Bezpieczeństwo danych we wspólnych projektach klastrów” jest potwierdzona',
  '<p>Twoja rejestracja na „Bezpieczeństwo danych we wspólnych projektach klastrów” jest potwierdzona</p>',
  '<demo-184@localhost>', 'FAILED', 12, CURRENT_TIMESTAMP - INTERVAL '1' HOUR, NULL,
  'jakarta.mail.SendFailedException: 550 5.1.1 <tomasz.zielinski@pikmed.example.org>: Recipient address rejected: mailbox unavailable');
