/**
 * What the container and browser tests share: the deployment of the built WAR, the Keycloak the suite starts,
 * the demo accounts, a Keycloak admin client for test accounts, and the browser-test base class.
 */
package org.clusterportal.testing;
