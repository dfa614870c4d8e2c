package org.activerecord4j.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops this run's server databases when the JUnit Platform session ends, after every test, failed or
 * not. Registered in {@code META-INF/services}; a shutdown hook does the same for launchers without
 * sessions.
 */
public final class DropRunDatabases implements LauncherSessionListener {

    /** Called by the JUnit Platform through {@link java.util.ServiceLoader}. */
    public DropRunDatabases() {
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RunDatabases.dropAll();
    }
}
