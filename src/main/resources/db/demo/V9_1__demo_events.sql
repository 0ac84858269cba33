-- Demonstration events of the seed documents' agreements: a training and a meeting of the OKIP agreement (for its
-- participants), a seminar of PIKMED, the public Congress of Polish Clusters of the National Cluster Network,
-- and a draft internship programme. Dates are relative to the day the demo database is made, so they lie ahead.
-- `member` holds a seat at the training; `member2` waits for the coordinator's approval at the meeting.

INSERT INTO event (id, version, created, modified, type, title, description, agenda, starts_at, ends_at, zone_id, place, online_link,
                   language, organiser_id, coordinator_id, reach, capacity, registration_opens, registration_closes, needs_approval, status,
                   sequence_number) VALUES
 (101, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'TRAINING', 'Wspólne oferty klastrów: od pomysłu do umowy',
  '<p>Szkolenie dla członków klastrów porozumienia OKIP: jak przygotować <b>wspólną ofertę</b> kilku firm, podzielić zadania i zapisać je w umowie konsorcjum.</p>',
  '09:00 Wprowadzenie: oferta wspólna w porozumieniu o współpracy międzyklastrowej
10:30 Warsztat: podział zadań i odpowiedzialności
13:00 Umowa konsorcjum – najczęstsze pułapki
14:30 Pytania i podsumowanie',
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '14' DAY + INTERVAL '8' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '14' DAY + INTERVAL '14' HOUR,
  'Europe/Warsaw', 'Jastrzębie-Zdrój, Hotel Dąbrówka', NULL, 'pl', 1, 2, 'AGREEMENTS', 20, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '13' DAY + INTERVAL '15' HOUR, FALSE, 'PUBLISHED', 0),
 (102, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'MEETING', 'Spotkanie koordynatorów klastrów porozumienia OKIP',
  '<p>Regularne spotkanie przedstawicieli klastrów-sygnatariuszy: przegląd wspólnych projektów i ofert, plan wzajemnej promocji na kolejny kwartał.</p>',
  NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '21' DAY + INTERVAL '9' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '21' DAY + INTERVAL '11' HOUR,
  'Europe/Warsaw', NULL, 'https://meet.example.org/okip-koordynatorzy', 'pl', 1, 2, 'AGREEMENTS', NULL, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '21' DAY + INTERVAL '9' HOUR, TRUE, 'PUBLISHED', 0),
 (103, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'SEMINAR', 'Transfer technologii w klastrach medycznych',
  '<p>Seminarium Polskiego Innowacyjnego Klastra Medycznego PIKMED i Śląskiego Uniwersytetu Medycznego: od wyniku badań do wyrobu medycznego.</p>',
  NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '30' DAY + INTERVAL '11' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '30' DAY + INTERVAL '14' HOUR,
  'Europe/Warsaw', 'Katowice, ul. Medyków 18', 'https://meet.example.org/pikmed-seminarium', 'pl', 3, 2, 'AGREEMENTS', 40, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '29' DAY + INTERVAL '15' HOUR, FALSE, 'PUBLISHED', 0),
 (104, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CONFERENCE', 'Kongres Klastrów Polskich',
  '<p>Doroczny kongres Krajowej Sieci Klastrów. Hasło przewodnie: <i>Dla siebie, czy dla innych? Czy klastry są użytecznym narzędziem rozwoju innowacyjnej gospodarki i tworzenia miejsc pracy?</i></p>',
  NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '60' DAY + INTERVAL '8' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '61' DAY + INTERVAL '15' HOUR,
  'Europe/Warsaw', 'Warszawa, Pałac Kultury i Nauki', NULL, 'pl', 8, 2, 'PUBLIC', 300, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '55' DAY + INTERVAL '15' HOUR, FALSE, 'PUBLISHED', 0),
 (105, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'INTERNSHIP', 'Staże w firmach Jastrzębskiego Klastra Innowacji',
  '<p>Trzymiesięczne staże dla pracowników firm klastrów porozumienia w firmach i laboratoriach Jastrzębskiego Klastra Innowacji.</p>',
  NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '45' DAY + INTERVAL '7' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '135' DAY + INTERVAL '15' HOUR,
  'Europe/Warsaw', 'Jastrzębie-Zdrój', NULL, 'pl', 2, 2, 'AGREEMENTS', 6, NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '40' DAY + INTERVAL '15' HOUR, TRUE, 'DRAFT', 0);

INSERT INTO event_agreement (event_id, agreement_id) VALUES (101, 1), (102, 1), (103, 1), (104, 2), (105, 1);

INSERT INTO event_question (event_id, idx, kind, label, choices) VALUES
 (101, 0, 'YES_NO', 'Czy potrzebujesz faktury za udział?', NULL),
 (101, 1, 'CHOICE', 'Które zagadnienie jest dla Ciebie najważniejsze?', 'Podział zadań
Umowa konsorcjum
Wycena wspólnej oferty'),
 (102, 0, 'TEXT', 'Jaki temat chcesz dodać do porządku spotkania?', NULL);

INSERT INTO registration (id, version, created, modified, event_id, person_id, state, arrival, attended) VALUES
 (201, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 101, 3, 'CONFIRMED', 1, FALSE),
 (202, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 102, 4, 'PENDING', 1, FALSE);

INSERT INTO registration_answer (registration_id, idx, answer) VALUES
 (201, 0, 'no'), (201, 1, 'Umowa konsorcjum'),
 (202, 0, 'Wspólne stoisko na targach medycznych');
