package org.clusterportal.testing;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every container test uses: the WAR the build produced, exactly as it ships, under the name
 * the server's configuration knows. Tests add only their own classes and pages.
 */
public final class Deployments {

    private static final File WAR = new File(System.getProperty("portal.basedir", "."), "target/cluster-portal.war");

    private Deployments() {
    }

    /** The portal as built; for tests that run in a browser or as an HTTP client. */
    public static WebArchive portal() {
        if (!WAR.isFile()) {
            throw new IllegalStateException(WAR + " is missing: run the tests with ./mvnw verify (package comes first)");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, WAR);
    }

    /** The portal with AssertJ inside, for tests that run in the server. */
    public static WebArchive portalWithAssertions() {
        return portal().addAsLibrary(jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
