-- Demonstration offers in the spirit of the seeds: members of the clusters under OKIP and of the National
-- Cluster Network offering their work to each other. One joint offer with a confirmed co-provider, one offer
-- waiting for the coordinators of the National Cluster Network (which reviews offers), one interest answered.
-- Ids 800+ stay below the entity sequence (it starts at 1000).

UPDATE agreement SET offer_review = 'REQUIRED' WHERE id = 2;

INSERT INTO offer (id, version, created, modified, kind, category, title, summary, description, description_text, keywords,
                   owner_id, reach, valid_until, contact_id, status, published_at) VALUES
 (801, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'RND_COOPERATION',
  'Czujniki metanu dla kopalń – wspólne testy w warunkach dołowych',
  'Jastrzębie Innovation Labs szuka partnerów do testów prototypu bezprzewodowego czujnika metanu w wyrobiskach.',
  '<p>Opracowaliśmy prototyp <b>bezprzewodowego czujnika metanu</b> z transmisją LoRaWAN. Szukamy:</p><ul><li>kopalni lub instytutu do testów dołowych,</li><li>partnera do certyfikacji ATEX.</li></ul>',
  'Opracowaliśmy prototyp bezprzewodowego czujnika metanu z transmisją LoRaWAN. Szukamy: kopalni lub instytutu do testów dołowych, partnera do certyfikacji ATEX.',
  'metan, górnictwo, LoRaWAN, ATEX', 21, 'AGREEMENTS', CURRENT_DATE + 150, 3, 'PUBLISHED', CURRENT_TIMESTAMP),
 (802, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'SERVICE',
  'Badania biozgodności materiałów medycznych',
  'BioCraft Kraków i Uniwersytet Jagielloński wspólnie oferują badania cytotoksyczności i biozgodności według ISO 10993.',
  '<p>Laboratorium wykonuje badania <i>in vitro</i> cytotoksyczności, drażnienia i uczulania materiałów do wyrobów medycznych.</p><p>Raport w języku polskim lub angielskim w 4 tygodnie.</p>',
  'Laboratorium wykonuje badania in vitro cytotoksyczności, drażnienia i uczulania materiałów do wyrobów medycznych. Raport w języku polskim lub angielskim w 4 tygodnie.',
  'biozgodność, ISO 10993, wyroby medyczne', 26, 'AGREEMENTS', CURRENT_DATE + 120, 1, 'PUBLISHED', CURRENT_TIMESTAMP),
 (803, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'REQUEST', 'INTERNSHIP',
  'Staże dla studentów automatyki w firmach klastra',
  'Politechnika Śląska szuka firm, które przyjmą na trzymiesięczne staże studentów automatyki i robotyki.',
  '<p>Semestr letni, od lipca do września. Opiekun po stronie uczelni zapewniony.</p>',
  'Semestr letni, od lipca do września. Opiekun po stronie uczelni zapewniony.',
  'staże, automatyka, robotyka', 20, 'AGREEMENTS', CURRENT_DATE + 90, 1, 'IN_REVIEW', NULL);

INSERT INTO offer_agreement (offer_id, agreement_id) VALUES (801, 1), (802, 2), (803, 2);

INSERT INTO offer_co_provider (id, version, created, modified, offer_id, organisation_id, answer, answered_by) VALUES
 (811, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 802, 25, 'CONFIRMED', NULL);

INSERT INTO offer_interest (id, version, created, modified, offer_id, person_id, organisation_id, cooperation, message, state, notes, follow_ups) VALUES
 (821, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 802, 3, 21, 'TECHNICAL_COOPERATION',
  'Potrzebujemy badań obudowy czujnika noszonego na ciele. Czy możemy porozmawiać o terminach?', 'ANSWERED',
  'Zapraszamy na rozmowę w przyszłym tygodniu.', 0);
