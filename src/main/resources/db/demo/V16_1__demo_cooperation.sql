-- Demonstration data of the cooperation figures (issue 15): a year of activity in the OKIP agreement, dated
-- relative to the day the demo database is made, so that every chart of agreements/figures.xhtml?id=1 shows
-- something real over the last twelve months: offers and joint offers, expressions of interest with their
-- outcomes, completed events with attendance, proposals funded, rejected and submitted. A few people without
-- accounts work for the member organisations so that events have attendees from several clusters.

INSERT INTO person (id, version, created, modified, subject, username, first_name, last_name, email) VALUES
 (50, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-50', 'k.mazur', 'Katarzyna', 'Mazur', 'k.mazur@polsl.example.org'),
 (51, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-51', 'm.lewandowski', 'Marek', 'Lewandowski', 'm.lewandowski@sum.example.org'),
 (52, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-52', 'j.wojcik', 'Joanna', 'Wójcik', 'j.wojcik@medtech.example.org'),
 (53, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-53', 'p.kaminski', 'Paweł', 'Kamiński', 'p.kaminski@vetlab.example.org'),
 (54, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-54', 'a.dabrowska', 'Agnieszka', 'Dąbrowska', 'a.dabrowska@jil.example.org'),
 (55, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-55', 'r.szymanski', 'Robert', 'Szymański', 'r.szymanski@kir.example.org'),
 (56, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-56', 'e.kozlowska', 'Ewelina', 'Kozłowska', 'e.kozlowska@pkw.example.org'),
 (57, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'demo-figures-57', 't.jankowski', 'Tadeusz', 'Jankowski', 't.jankowski@africa.example.org');

INSERT INTO membership (id, version, created, modified, person_id, organisation_id) VALUES
 (50, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 50, 20),
 (51, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 51, 22),
 (52, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 52, 23),
 (53, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 53, 24),
 (54, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 54, 21),
 (55, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 55, 4),
 (56, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 56, 5),
 (57, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 57, 6);

-- Offers and requests of the agreement's members, published over the year; two of them joint.
INSERT INTO offer (id, version, created, modified, kind, category, title, summary, owner_id, reach, valid_until, contact_id, status, published_at) VALUES
 (601, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'RND_COOPERATION', 'Badania zmęczeniowe materiałów dla przemysłu', 'Laboratorium badań materiałowych Politechniki Śląskiej dla firm klastrów.', 20, 'PARTICIPANTS', CURRENT_DATE + 200, 50, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '320' DAY),
 (602, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'SERVICE', 'Walidacja oprogramowania wyrobów medycznych', 'Wspólna usługa MedTech Silesia i Śląskiego Uniwersytetu Medycznego.', 23, 'PARTICIPANTS', CURRENT_DATE + 200, 52, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '280' DAY),
 (603, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'REQUEST', 'TECHNOLOGY', 'Szukamy partnera do czujników IoT w kopalniach', 'Jastrzębie Innovation Labs szuka dostawcy czujników gazowych.', 21, 'PARTICIPANTS', CURRENT_DATE + 200, 3, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '230' DAY),
 (604, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'SERVICE', 'Diagnostyka laboratoryjna dla hodowli', 'VetLab oferuje pakiet badań dla gospodarstw i zakładów.', 24, 'PARTICIPANTS', CURRENT_DATE + 200, 53, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '170' DAY),
 (605, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'INTERNSHIP', 'Staże dla studentów inżynierii biomedycznej', 'Miejsca stażowe w laboratoriach Śląskiego Uniwersytetu Medycznego.', 22, 'PARTICIPANTS', CURRENT_DATE + 200, 51, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '120' DAY),
 (606, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'TECHNOLOGY', 'Wspólna platforma telemetrii dla rolnictwa i weterynarii', 'Oferta wspólna Jastrzębie Innovation Labs i VetLab.', 21, 'PARTICIPANTS', CURRENT_DATE + 200, 54, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '75' DAY),
 (607, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'REQUEST', 'PRODUCT', 'Poszukiwany dostawca odczynników diagnostycznych', 'VetLab szuka stałego dostawcy odczynników.', 24, 'PARTICIPANTS', CURRENT_DATE + 200, 53, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '40' DAY),
 (608, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OFFER', 'RND_COOPERATION', 'Wspólne projekty B+R w regionie', 'Klaster Innowacyjne Regiony zaprasza do wspólnych projektów.', 4, 'PARTICIPANTS', CURRENT_DATE + 200, 55, 'PUBLISHED', CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '12' DAY);

INSERT INTO offer_agreement (offer_id, agreement_id) VALUES
 (601, 1), (602, 1), (603, 1), (604, 1), (605, 1), (606, 1), (607, 1), (608, 1);

INSERT INTO offer_co_provider (id, version, created, modified, offer_id, organisation_id, answer, answered_by) VALUES
 (611, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 602, 22, 'CONFIRMED', 51),
 (612, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 606, 24, 'CONFIRMED', 53);

-- Expressions of interest across the clusters, with the outcomes the owners recorded.
INSERT INTO offer_interest (id, version, created, modified, offer_id, person_id, organisation_id, cooperation, message, state, outcome_since, follow_ups) VALUES
 (621, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '300' DAY, CURRENT_TIMESTAMP, 601, 3, 21, 'RESEARCH_COOPERATION', 'Chcemy zbadać obudowy czujników.', 'AGREEMENT_REACHED', CURRENT_DATE - 260, 0),
 (622, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '270' DAY, CURRENT_TIMESTAMP, 602, 53, 24, 'TECHNICAL_COOPERATION', 'Potrzebujemy walidacji oprogramowania analizatora.', 'MEETING_ARRANGED', CURRENT_DATE - 250, 0),
 (623, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '220' DAY, CURRENT_TIMESTAMP, 603, 52, 23, 'COMMERCIAL_AGREEMENT', 'Mamy czujniki, które mogą się nadać.', 'DECLINED', NULL, 0),
 (624, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '210' DAY, CURRENT_TIMESTAMP, 603, 50, 20, 'RESEARCH_COOPERATION', 'Politechnika ma zespół od czujników gazowych.', 'AGREEMENT_REACHED', CURRENT_DATE - 150, 0),
 (625, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '160' DAY, CURRENT_TIMESTAMP, 604, 56, 5, 'COMMERCIAL_AGREEMENT', 'Członkowie klastra weterynaryjnego są zainteresowani.', 'ANSWERED', NULL, 0),
 (626, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '110' DAY, CURRENT_TIMESTAMP, 605, 54, 21, 'OTHER', 'Czy staże obejmują inżynierów oprogramowania?', 'MEETING_ARRANGED', CURRENT_DATE - 90, 0),
 (627, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '70' DAY, CURRENT_TIMESTAMP, 606, 57, 6, 'TECHNICAL_COOPERATION', 'Telemetria przyda się naszym partnerom w Afryce.', 'AGREEMENT_REACHED', CURRENT_DATE - 30, 0),
 (628, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '60' DAY, CURRENT_TIMESTAMP, 606, 52, 23, 'COMMERCIAL_AGREEMENT', 'Interesuje nas moduł telemetrii.', 'NEW', NULL, 0),
 (629, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '35' DAY, CURRENT_TIMESTAMP, 607, 51, 22, 'COMMERCIAL_AGREEMENT', 'Uczelnia może polecić dostawców.', 'DECLINED', NULL, 0),
 (630, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '8' DAY, CURRENT_TIMESTAMP, 608, 50, 20, 'RESEARCH_COOPERATION', 'Chętnie dołączymy do projektu.', 'NEW', NULL, 0);

INSERT INTO audience (subject_type, subject_id, grantee) VALUES
 ('OFFER', 601, 'O:20'), ('OFFER', 601, 'A:1'),
 ('OFFER', 602, 'O:23'), ('OFFER', 602, 'O:22'), ('OFFER', 602, 'A:1'),
 ('OFFER', 603, 'O:21'), ('OFFER', 603, 'A:1'),
 ('OFFER', 604, 'O:24'), ('OFFER', 604, 'A:1'),
 ('OFFER', 605, 'O:22'), ('OFFER', 605, 'A:1'),
 ('OFFER', 606, 'O:21'), ('OFFER', 606, 'O:24'), ('OFFER', 606, 'A:1'),
 ('OFFER', 607, 'O:24'), ('OFFER', 607, 'A:1'),
 ('OFFER', 608, 'O:4'), ('OFFER', 608, 'A:1');

-- Events of the agreement that took place, with their attendance.
INSERT INTO event (id, version, created, modified, type, title, description, agenda, starts_at, ends_at, zone_id, place, online_link,
                   language, organiser_id, coordinator_id, reach, capacity, registration_opens, registration_closes, needs_approval, status,
                   sequence_number) VALUES
 (641, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'TRAINING', 'Zamówienia publiczne dla klastrów', '<p>Szkolenie OKIP.</p>', NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '290' DAY + INTERVAL '8' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '290' DAY + INTERVAL '14' HOUR,
  'Europe/Warsaw', 'Warszawa', NULL, 'pl', 1, 2, 'PARTICIPANTS', 25, NULL, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '291' DAY, FALSE, 'COMPLETED', 0),
 (642, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'SEMINAR', 'Wyroby medyczne: od badań do rynku', '<p>Seminarium PIKMED.</p>', NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '200' DAY + INTERVAL '9' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '200' DAY + INTERVAL '13' HOUR,
  'Europe/Warsaw', 'Katowice', NULL, 'pl', 3, 2, 'PARTICIPANTS', 40, NULL, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '201' DAY, FALSE, 'COMPLETED', 0),
 (643, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'WORKSHOP', 'Warsztat: czujniki w trudnych warunkach', '<p>Warsztat Jastrzębie Innovation Labs.</p>', NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '140' DAY + INTERVAL '9' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '140' DAY + INTERVAL '15' HOUR,
  'Europe/Warsaw', 'Jastrzębie-Zdrój', NULL, 'pl', 21, 2, 'PARTICIPANTS', 15, NULL, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '141' DAY, FALSE, 'COMPLETED', 0),
 (644, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'MEETING', 'Spotkanie sygnatariuszy porozumienia OKIP', '<p>Regularne spotkanie.</p>', NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '90' DAY + INTERVAL '10' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '90' DAY + INTERVAL '12' HOUR,
  'Europe/Warsaw', NULL, 'https://meet.example.org/okip', 'pl', 1, 2, 'PARTICIPANTS', NULL, NULL, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '91' DAY, FALSE, 'COMPLETED', 0),
 (645, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'CONFERENCE', 'Konferencja: klastry w biogospodarce', '<p>Konferencja Polskiego Klastra Weterynaryjnego.</p>', NULL,
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '45' DAY + INTERVAL '9' HOUR, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '45' DAY + INTERVAL '17' HOUR,
  'Europe/Warsaw', 'Rybnik', NULL, 'pl', 5, 2, 'PARTICIPANTS', 60, NULL, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '46' DAY, FALSE, 'COMPLETED', 0);

INSERT INTO event_agreement (event_id, agreement_id) VALUES (641, 1), (642, 1), (643, 1), (644, 1), (645, 1);

INSERT INTO audience (subject_type, subject_id, grantee) VALUES
 ('EVENT', 641, 'P:2'), ('EVENT', 641, 'C:1'), ('EVENT', 641, 'A:1'),
 ('EVENT', 642, 'P:2'), ('EVENT', 642, 'C:1'), ('EVENT', 642, 'A:1'),
 ('EVENT', 643, 'P:2'), ('EVENT', 643, 'C:1'), ('EVENT', 643, 'A:1'),
 ('EVENT', 644, 'P:2'), ('EVENT', 644, 'C:1'), ('EVENT', 644, 'A:1'),
 ('EVENT', 645, 'P:2'), ('EVENT', 645, 'C:1'), ('EVENT', 645, 'A:1');

INSERT INTO registration (id, version, created, modified, event_id, person_id, state, arrival, attended) VALUES
 (651, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 641, 3, 'CONFIRMED', 1, TRUE),
 (652, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 641, 50, 'CONFIRMED', 2, TRUE),
 (653, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 641, 52, 'CONFIRMED', 3, TRUE),
 (654, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 641, 55, 'CONFIRMED', 4, FALSE),
 (655, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 642, 51, 'CONFIRMED', 1, TRUE),
 (656, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 642, 4, 'CONFIRMED', 2, TRUE),
 (657, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 642, 53, 'CONFIRMED', 3, TRUE),
 (658, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 642, 54, 'CONFIRMED', 4, TRUE),
 (659, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 643, 50, 'CONFIRMED', 1, TRUE),
 (660, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 643, 52, 'CONFIRMED', 2, TRUE),
 (661, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 643, 57, 'CONFIRMED', 3, FALSE),
 (662, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 644, 55, 'CONFIRMED', 1, TRUE),
 (663, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 644, 56, 'CONFIRMED', 2, TRUE),
 (664, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 644, 57, 'CONFIRMED', 3, TRUE),
 (665, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 644, 3, 'CONFIRMED', 4, TRUE),
 (666, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 645, 53, 'CONFIRMED', 1, TRUE),
 (667, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 645, 51, 'CONFIRMED', 2, TRUE),
 (668, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 645, 54, 'CONFIRMED', 3, TRUE),
 (669, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 645, 4, 'CONFIRMED', 4, FALSE);

-- Joint proposals of the agreement with their results.
INSERT INTO project_proposal (id, version, created, modified, title, acronym, programme, deadline, time_zone, estimated_budget, currency, summary,
                              reach, lead_id, contact_id, status, status_changed, outcome_on) VALUES
 (671, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '330' DAY, CURRENT_TIMESTAMP, 'Bezpieczne kopalnie: sieć czujników gazowych', 'SAFEMINE', 'Fundusze Europejskie dla Nowoczesnej Gospodarki',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '250' DAY, 'Europe/Warsaw', 2400000.00, 'PLN', 'Sieć czujników gazowych z analizą danych.', 'PARTICIPANTS', 21, 3, 'FUNDED',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '150' DAY, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '150' DAY),
 (672, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '260' DAY, CURRENT_TIMESTAMP, 'Telemedycyna w opiece nad zwierzętami', 'VETCARE', 'Horizon Europe',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '180' DAY, 'Europe/Warsaw', 900000.00, 'EUR', 'Zdalna diagnostyka weterynaryjna.', 'PARTICIPANTS', 24, 53, 'REJECTED',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '60' DAY, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '60' DAY),
 (673, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '200' DAY, CURRENT_TIMESTAMP, 'Walidacja algorytmów diagnostyki obrazowej', 'VALIDIA', 'Horizon Europe',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '100' DAY, 'Europe/Warsaw', 1500000.00, 'EUR', 'Wspólne środowisko walidacji algorytmów.', 'PARTICIPANTS', 22, 51, 'FUNDED',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '20' DAY, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '20' DAY),
 (674, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '100' DAY, CURRENT_TIMESTAMP, 'Materiały kompozytowe dla energetyki', 'COMPOSE', 'Fundusze Europejskie dla Śląska',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '15' DAY, 'Europe/Warsaw', 700000.00, 'PLN', 'Nowe kompozyty dla osłon urządzeń.', 'PARTICIPANTS', 20, 50, 'SUBMITTED',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '15' DAY, NULL),
 (675, 1, CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '25' DAY, CURRENT_TIMESTAMP, 'Klastry dla Afryki: transfer technologii rolniczych', 'AGRITRANS', 'Interreg Europe',
  CAST(CURRENT_DATE AS TIMESTAMP) + INTERVAL '60' DAY, 'Europe/Warsaw', NULL, 'EUR', 'Transfer rozwiązań rolniczych do partnerów w Afryce.', 'PARTICIPANTS', 6, 57, 'IN_PREPARATION',
  CAST(CURRENT_DATE AS TIMESTAMP) - INTERVAL '10' DAY, NULL);

INSERT INTO proposal_agreement (proposal_id, agreement_id) VALUES (671, 1), (672, 1), (673, 1), (674, 1), (675, 1);

INSERT INTO proposal_partner (id, version, created, modified, proposal_id, organisation_id, role, state) VALUES
 (681, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 671, 21, 'COORDINATOR', 'ACCEPTED'),
 (682, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 671, 20, 'RESEARCH_PARTNER', 'ACCEPTED'),
 (683, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 671, 23, 'TECHNOLOGY_PROVIDER', 'ACCEPTED'),
 (684, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 672, 24, 'COORDINATOR', 'ACCEPTED'),
 (685, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 672, 22, 'RESEARCH_PARTNER', 'ACCEPTED'),
 (686, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 673, 22, 'COORDINATOR', 'ACCEPTED'),
 (687, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 673, 23, 'TECHNOLOGY_PROVIDER', 'ACCEPTED'),
 (688, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 673, 21, 'TECHNOLOGY_PROVIDER', 'ACCEPTED'),
 (689, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 674, 20, 'COORDINATOR', 'ACCEPTED'),
 (690, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 674, 4, 'RESEARCH_PARTNER', 'ACCEPTED'),
 (691, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 675, 6, 'COORDINATOR', 'ACCEPTED'),
 (692, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 675, 24, 'RESEARCH_PARTNER', 'ACCEPTED');

INSERT INTO audience (subject_type, subject_id, grantee) VALUES
 ('PROPOSAL', 671, 'O:21'), ('PROPOSAL', 671, 'O:20'), ('PROPOSAL', 671, 'O:23'), ('PROPOSAL', 671, 'A:1'),
 ('PROPOSAL', 672, 'O:24'), ('PROPOSAL', 672, 'O:22'), ('PROPOSAL', 672, 'A:1'),
 ('PROPOSAL', 673, 'O:22'), ('PROPOSAL', 673, 'O:23'), ('PROPOSAL', 673, 'O:21'), ('PROPOSAL', 673, 'A:1'),
 ('PROPOSAL', 674, 'O:20'), ('PROPOSAL', 674, 'O:4'), ('PROPOSAL', 674, 'A:1'),
 ('PROPOSAL', 675, 'O:6'), ('PROPOSAL', 675, 'O:24'), ('PROPOSAL', 675, 'A:1');
