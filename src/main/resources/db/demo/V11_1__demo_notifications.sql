-- Demonstration data: what the demo member finds under the bell — the coordinator's waiting request to join
-- Jastrzębie Innovation Labs (membership 6 of V3_1), told to its administrator.

INSERT INTO notification (id, version, created, modified, recipient_id, kind, subject_type, subject_id, subject_title,
                          actor_name, text, read_at, digest) VALUES
 (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 'MEMBERSHIP_REQUESTED', 'ORGANISATION', 21,
  'Jastrzębie Innovation Labs sp. z o.o.', 'Piotr Kowalski',
  'Koordynuję porozumienie OKIP i chcę śledzić prace laboratorium.', NULL, 'NONE');
