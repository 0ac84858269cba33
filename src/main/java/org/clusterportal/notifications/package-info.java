/**
 * What people hear about: the features fire a {@link Notice} inside the transaction of the change that caused
 * it, and this package turns it into a notification in the portal and, by each person's settings, into e-mail.
 */
package org.clusterportal.notifications;
