package org.clusterportal.platform.persistence;

import java.util.ArrayList;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.clusterportal.platform.PortalSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs: Flyway is the only way the schema changes
 * (EclipseLink generates no DDL). SQL common to all databases is in {@code db/migration}; what one database
 * needs of its own (full-text search) is in {@code db/vendor/<flyway database>}. Demonstration data, when
 * asked for on a new database, is a further location, so it is applied once and recorded like any migration.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway manages its own transactions
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        // Flyway 11 has no {vendor} placeholder in locations: the folder is named after the database here.
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration", "classpath:db/vendor/" + vendor()));
        if (PortalSettings.DEMO_DATA.isOn()) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(false)
                // Demo data goes only into a database it is there from the start: switched on later, its
                // migrations (older than the schema) are skipped instead of failing the start.
                .ignoreMigrationPatterns("*:ignored")
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** "postgresql", "h2", …: the database's product name in lower case, without spaces. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replace(" ", "");
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database to migrate", e);
        }
    }

    public boolean isMigrated() {
        return migrated;
    }
}
