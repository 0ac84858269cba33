-- Demonstration data: the demo accounts' profiles, contact details of a few organisations, and something
-- waiting in the approval queues (a proposed company in PIKMED, a request to join Jastrzębie Innovation Labs).

UPDATE person SET job_title = 'Dyrektor ds. współpracy międzyklastrowej', phone = '+48 22 100 20 30' WHERE id = 1;
UPDATE person SET job_title = 'Koordynator porozumienia OKIP', phone = '+48 32 400 50 60' WHERE id = 2;
UPDATE person SET job_title = 'Kierownik laboratorium B+R', contact_visibility = 'PARTNERS' WHERE id = 3;
UPDATE person SET job_title = 'Specjalista ds. rozwoju produktów medycznych', contact_visibility = 'COORDINATORS' WHERE id = 4;

INSERT INTO person_language (person_id, language) VALUES
 (1, 'pl'), (1, 'en'), (1, 'de'), (2, 'pl'), (2, 'en'), (3, 'pl'), (3, 'en'), (4, 'pl'), (4, 'en'), (4, 'uk');
INSERT INTO person_expertise (person_id, keyword) VALUES
 (1, 'współpraca międzyklastrowa'), (1, 'fundusze UE'),
 (2, 'zarządzanie klastrem'), (2, 'transfer technologii'),
 (3, 'czujniki przemysłowe'), (3, 'Internet rzeczy'), (3, 'automatyka'),
 (4, 'wyroby medyczne'), (4, 'badania kliniczne');

UPDATE organisation SET website = 'https://www.okip.example.org', email = 'biuro@okip.example.org', founded_year = 2012 WHERE id = 1;
UPDATE organisation SET website = 'https://www.jki.example.org', founded_year = 2013 WHERE id = 2;
UPDATE organisation SET website = 'https://www.pikmed.example.org', founded_year = 2011 WHERE id = 3;
UPDATE organisation SET website = 'https://www.polsl.pl', founded_year = 1945, size_class = 'LARGE' WHERE id = 20;
UPDATE organisation SET founded_year = 2017, size_class = 'SMALL', email = 'kontakt@jil.example.org' WHERE id = 21;
UPDATE organisation SET founded_year = 2015, size_class = 'MICRO' WHERE id = 23;

INSERT INTO organisation (id, version, created, modified, name, name_key, kind, country, city, region, status, proposed_by, description) VALUES
 (30, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Silesia BioSensors sp. z o.o.', 'silesia biosensors sp. z o.o.', 'COMPANY', 'PL', 'Zabrze', 'śląskie', 'PROPOSED', 4,
  'Biosensory do diagnostyki przyłóżkowej; spółka wydzielona ze Śląskiego Uniwersytetu Medycznego.');
INSERT INTO cluster_member (cluster_id, member_id) VALUES (3, 30);
INSERT INTO membership (id, version, created, modified, person_id, organisation_id, status, role) VALUES
 (5, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 30, 'REQUESTED', 'ADMINISTRATOR');
INSERT INTO membership (id, version, created, modified, person_id, organisation_id, status, role, message) VALUES
 (6, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 21, 'REQUESTED', 'MEMBER', 'Koordynuję porozumienie OKIP i chcę śledzić prace laboratorium.');
