package org.clusterportal.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.testing.Deployments;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The persistence platform in the real server: EclipseLink, a schema made by Flyway, optimistic locking, and on
 * PostgreSQL connections that compile no query.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Inject
    private DatabaseMigrator migrator;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @Test
    void eclipseLinkIsTheProvider() {
        assertThat(entityManager.unwrap(JpaEntityManager.class)).isNotNull();
        assertThat(entityManager.getEntityManagerFactory().getClass().getName()).contains("eclipse");
    }

    @Test
    void flywayMadeTheSchema() throws Exception {
        assertThat(migrator.isMigrated()).isTrue();
        transaction.begin();
        Number applied = (Number) entityManager
                .createNativeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = true")
                .getSingleResult();
        transaction.commit();
        assertThat(applied.intValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aStaleUpdateIsRefused() throws Exception {
        transaction.begin();
        Organisation organisation = new Organisation("Test " + UUID.randomUUID(), OrganisationKind.COMPANY, "PL", "Gliwice");
        entityManager.persist(organisation);
        transaction.commit();
        assertThat(organisation.getVersion()).isEqualTo(1);
        assertThat(organisation.getCreated()).isNotNull();

        transaction.begin();
        entityManager.createQuery("update Organisation o set o.version = o.version + 1 where o.id = :id")
                .setParameter("id", organisation.getId())
                .executeUpdate();
        transaction.commit();

        transaction.begin();
        assertThatThrownBy(() -> {
            Organisation stale = entityManager.merge(organisation);
            entityManager.lock(stale, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            entityManager.flush();
        }).isInstanceOf(OptimisticLockException.class);
        transaction.rollback();
    }

    /**
     * configure-server.cli gives the portal's connections {@code -c jit=off} (compiling short queries cost more)
     * and {@code -c plan_cache_mode=force_custom_plan} (a generic plan does not know the viewer's grantees).
     */
    @Test
    @EnabledIf("onPostgreSql")
    void postgreSqlCompilesNoQueryAndPlansEachWithItsValues() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery("select current_setting('jit'), current_setting('plan_cache_mode')")) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(settings.next()).isTrue();
            assertThat(settings.getString(1)).isEqualTo("off");
            assertThat(settings.getString(2)).isEqualTo("force_custom_plan");
        }
    }

    /**
     * The suite runs on PostgreSQL ({@code -Ppostgresql}): asked by the test JVM (portal.test.db) and in the server
     * (portal.db.driver). An assumption failed in the server would be reported as an error, not as skipped.
     */
    static boolean onPostgreSql() {
        return "postgresql".equals(System.getProperty("portal.test.db", System.getProperty("portal.db.driver")));
    }
}
