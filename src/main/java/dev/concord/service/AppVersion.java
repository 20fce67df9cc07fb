package dev.concord.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Concord version, from the filtered {@code concord-version.properties} resource. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/concord-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException ignored) {
            // fall through to "dev"
        }
        return "dev";
    }
}
