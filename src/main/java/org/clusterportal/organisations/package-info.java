/**
 * Clusters and the companies, R&amp;D institutes, universities and institutions that are their members.
 */
package org.clusterportal.organisations;
