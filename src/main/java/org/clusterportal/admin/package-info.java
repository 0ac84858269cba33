/**
 * What administrators do: see and manage the people of the portal.
 */
package org.clusterportal.admin;
