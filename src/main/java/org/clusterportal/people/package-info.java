/**
 * People as the portal knows them: their Keycloak account (keyed by the token's subject), their language and
 * the organisations they work for, and who is signed in now.
 */
package org.clusterportal.people;
