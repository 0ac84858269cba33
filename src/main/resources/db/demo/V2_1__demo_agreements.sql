-- Demonstration data: the seeds' structure of who belongs to whom and who signed what.
--  * OKIP, the umbrella cluster, and the five clusters that signed its inter-cluster agreement in
--    Jastrzębie-Zdrój on 17 June 2015 (participants only: the member companies share their work there);
--  * the National Cluster Network (Krajowa Sieć Klastrów), signed on 25 March 2015 at the Cluster World Congress;
--  * the European Clusters Alliance declaration of 9 September 2018, by clusters of eight countries;
--  * Klaster LifeScience Kraków, national key cluster from 21 October 2016 to 31 October 2019.

UPDATE organisation SET region = 'mazowieckie' WHERE id IN (1, 8);
UPDATE organisation SET region = 'śląskie' WHERE id IN (2, 3, 4, 5, 6, 20, 21, 22, 23, 24);
UPDATE organisation SET region = 'małopolskie' WHERE id IN (7, 25, 26);
UPDATE organisation SET key_cluster_from = DATE '2016-10-21', key_cluster_to = DATE '2019-10-31',
    description = 'Klaster LifeScience Kraków łączy uczelnie, instytuty badawcze, szpitale i firmy sektora nauk o życiu w Małopolsce.'
    WHERE id = 7;
UPDATE organisation SET description = 'Ogólnopolski Klaster Innowacyjnych Przedsiębiorców: organizacja parasolowa czołowych klastrów z całej Polski, skupiająca innowacyjne przedsiębiorstwa, organizacje i instytucje badawczo-rozwojowe i naukowe.'
    WHERE id = 1;
UPDATE organisation SET description = 'Klaster działający na rzecz innowacji w regionie Jastrzębia-Zdroju i Górnego Śląska.' WHERE id = 2;

INSERT INTO organisation (id, version, created, modified, name, name_key, kind, country, city, region, status) VALUES
 (9, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Związek Pracodawców Klastry Polskie', 'związek pracodawców klastry polskie', 'BUSINESS_SUPPORT', 'PL', 'Warszawa', 'mazowieckie', 'APPROVED'),
 (10, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster Bulgaria', 'demo cluster bulgaria', 'CLUSTER', 'BG', 'Sofia', NULL, 'APPROVED'),
 (11, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster France', 'demo cluster france', 'CLUSTER', 'FR', 'Lyon', NULL, 'APPROVED'),
 (12, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster Spain', 'demo cluster spain', 'CLUSTER', 'ES', 'Valencia', NULL, 'APPROVED'),
 (13, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster Lithuania', 'demo cluster lithuania', 'CLUSTER', 'LT', 'Vilnius', NULL, 'APPROVED'),
 (14, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster Latvia', 'demo cluster latvia', 'CLUSTER', 'LV', 'Riga', NULL, 'APPROVED'),
 (15, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster Hungary', 'demo cluster hungary', 'CLUSTER', 'HU', 'Budapest', NULL, 'APPROVED'),
 (16, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Demo Cluster Romania', 'demo cluster romania', 'CLUSTER', 'RO', 'Cluj-Napoca', NULL, 'APPROVED');

-- Who belongs to which cluster: the five clusters under OKIP's umbrella, and the member entities.
INSERT INTO cluster_member (cluster_id, member_id) VALUES
 (1, 2), (1, 3), (1, 4), (1, 5), (1, 6),
 (2, 20), (2, 21),
 (3, 22), (3, 23),
 (5, 24),
 (7, 25), (7, 26);

INSERT INTO organisation_sector (organisation_id, sector_id) VALUES
 (3, 117), (3, 201), (22, 117), (22, 116), (23, 117), (23, 201),
 (7, 201), (25, 116), (25, 113), (26, 201), (26, 103),
 (2, 104), (2, 215), (20, 116), (20, 113), (21, 110), (21, 215),
 (5, 101), (24, 113);

-- The organisations' own administrators among the demo accounts.
UPDATE membership SET administrator = TRUE WHERE id IN (3, 4);

INSERT INTO agreement (id, version, created, modified, title, reference, signed_on, signed_at, valid_from, valid_to, stage, description, visibility) VALUES
 (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Porozumienie o współpracy międzyklastrowej z Klastrem OKIP', 'OKIP/2015/06', DATE '2015-06-17', 'Jastrzębie-Zdrój, Hotel Dąbrówka', DATE '2015-06-17', NULL, 'SIGNED',
  'Współpraca polega w szczególności na ułatwieniu komunikacji między podmiotami zrzeszonymi w OKIP oraz klastrami porozumienia, wspólnej realizacji projektów, tworzeniu wspólnych ofert, wspieraniu działalności badawczej i naukowej, transferze wiedzy i technologii, organizowaniu szkoleń, seminariów, staży i konferencji, wzajemnej promocji oraz regularnych spotkaniach.', 'PARTICIPANTS'),
 (2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Krajowa Sieć Klastrów', 'KSK/2015', DATE '2015-03-25', 'Warszawa, Cluster World Congress', DATE '2015-03-25', NULL, 'SIGNED',
  'Pierwsza ogólnopolska organizacja współpracy klastrów: wymiana produktowa i usług między klastrami, wymiana technologii i innowacji, współpraca zagraniczna, finansowanie klastrów, kompetencje kadr i edukacja zawodowa. Operatorem jest Ogólnopolskie Stowarzyszenie Innowacyjnych Przedsiębiorców.', 'PUBLIC'),
 (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'European Clusters Alliance – declaration of cooperation', 'ECA/2018', DATE '2018-09-09', 'Warszawa, Regional Economic and Diplomacy Summit', DATE '2018-09-09', NULL, 'SIGNED',
  'Clusters from Bulgaria, France, Spain, Lithuania, Latvia, Hungary, Romania and Poland exchange experience and good practice, pursue common goals and deepen international contacts.', 'PUBLIC');

INSERT INTO agreement_area (agreement_id, area) VALUES
 (1, 'COMMUNICATION'), (1, 'JOINT_PROJECTS_AND_OFFERS'), (1, 'RESEARCH_AND_TECHNOLOGY_TRANSFER'),
 (1, 'TRAININGS_AND_EVENTS'), (1, 'MUTUAL_PROMOTION'), (1, 'REGULAR_MEETINGS'),
 (2, 'COMMUNICATION'), (2, 'JOINT_PROJECTS_AND_OFFERS'), (2, 'RESEARCH_AND_TECHNOLOGY_TRANSFER'), (2, 'TRAININGS_AND_EVENTS'),
 (3, 'COMMUNICATION'), (3, 'MUTUAL_PROMOTION'), (3, 'REGULAR_MEETINGS');

INSERT INTO signatory (id, version, created, modified, agreement_id, organisation_id, signed_on, coordinating) VALUES
 (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1, DATE '2015-06-17', TRUE),
 (2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 2, DATE '2015-06-17', FALSE),
 (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 3, DATE '2015-06-17', FALSE),
 (4, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 4, DATE '2015-06-17', FALSE),
 (5, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 5, DATE '2015-06-17', FALSE),
 (6, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 6, DATE '2015-06-17', FALSE),
 (7, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 1, DATE '2015-03-25', TRUE),
 (8, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 2, DATE '2015-03-25', FALSE),
 (9, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2, 7, DATE '2015-03-25', FALSE),
 (10, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 9, DATE '2018-09-09', TRUE),
 (11, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 10, DATE '2018-09-09', FALSE),
 (12, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 11, DATE '2018-09-09', FALSE),
 (13, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 12, DATE '2018-09-09', FALSE),
 (14, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 13, DATE '2018-09-09', FALSE),
 (15, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 14, DATE '2018-09-09', FALSE),
 (16, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 15, DATE '2018-09-09', FALSE),
 (17, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 3, 16, DATE '2018-09-09', FALSE);

-- The demo coordinator runs the OKIP agreement and the National Cluster Network.
INSERT INTO agreement_coordinator (agreement_id, person_id) VALUES (1, 2), (2, 2);
