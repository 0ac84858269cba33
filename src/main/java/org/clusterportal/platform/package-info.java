/**
 * What every feature stands on: persistence (the base entity, the Flyway migrator), security (roles, the
 * current person), Faces configuration, internationalisation and the web filters.
 */
package org.clusterportal.platform;
