-- Demonstration data (PORTAL_DEMO_DATA=true, set by the run command): the clusters of the seed documents
-- (../shared/seeds) with a few members each, and the demo accounts of realm-config/ placed in them.
-- The person subjects are the fixed Keycloak user ids of the demo accounts.

INSERT INTO organisation (id, version, created, modified, name, kind, country, city) VALUES
 (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Ogólnopolski Klaster Innowacyjnych Przedsiębiorców (OKIP)', 'CLUSTER', 'PL', 'Warszawa'),
 (2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Jastrzębski Klaster Innowacji', 'CLUSTER', 'PL', 'Jastrzębie-Zdrój'),
 (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Polski Innowacyjny Klaster Medyczny PIKMED', 'CLUSTER', 'PL', 'Katowice'),
 (4, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Klaster Innowacyjne Regiony', 'CLUSTER', 'PL', 'Jastrzębie-Zdrój'),
 (5, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Polski Klaster Weterynaryjny', 'CLUSTER', 'PL', 'Jastrzębie-Zdrój'),
 (6, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Klaster for Africa', 'CLUSTER', 'PL', 'Jastrzębie-Zdrój'),
 (7, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Klaster LifeScience Kraków', 'CLUSTER', 'PL', 'Kraków'),
 (8, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Krajowa Sieć Klastrów', 'BUSINESS_SUPPORT', 'PL', 'Warszawa'),
 (20, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Politechnika Śląska', 'UNIVERSITY', 'PL', 'Gliwice'),
 (21, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Jastrzębie Innovation Labs sp. z o.o.', 'COMPANY', 'PL', 'Jastrzębie-Zdrój'),
 (22, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Śląski Uniwersytet Medyczny w Katowicach', 'UNIVERSITY', 'PL', 'Katowice'),
 (23, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'MedTech Silesia sp. z o.o.', 'COMPANY', 'PL', 'Katowice'),
 (24, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'VetLab Diagnostyka sp. z o.o.', 'COMPANY', 'PL', 'Rybnik'),
 (25, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Uniwersytet Jagielloński', 'UNIVERSITY', 'PL', 'Kraków'),
 (26, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'BioCraft Kraków sp. z o.o.', 'COMPANY', 'PL', 'Kraków');

INSERT INTO person (id, version, created, modified, subject, username, first_name, last_name, email) VALUES
 (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f01', 'admin', 'Ewa', 'Nowak', 'ewa.nowak@okip.example.org'),
 (2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f02', 'coordinator', 'Piotr', 'Kowalski', 'piotr.kowalski@okip.example.org'),
 (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f03', 'member', 'Anna', 'Wiśniewska', 'anna.wisniewska@jki.example.org'),
 (4, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f04', 'member2', 'Tomasz', 'Zieliński', 'tomasz.zielinski@pikmed.example.org');

INSERT INTO membership (id, version, created, modified, person_id, organisation_id) VALUES
 (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1),
 (2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 1),
 (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 21),
 (4, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 4, 23);
