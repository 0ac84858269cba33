/**
 * Trainings, seminars, conferences, workshops, internship programmes and meetings that coordinators organise for
 * their agreements, and the registrations for them: a waiting list in arrival order, never an overbooked event.
 */
package org.clusterportal.events;
