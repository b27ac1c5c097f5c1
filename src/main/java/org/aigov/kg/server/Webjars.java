package org.aigov.kg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Files of npm webjars on the classpath: a webjar's version (from the pom.properties Maven put in it, which survives shading) and its files. */
public final class Webjars {
    private Webjars() {}

    /** The version of {@code org.webjars.npm:ARTIFACT}; fails when the webjar is not on the classpath. */
    public static String version(String artifact) {
        String path = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Webjars.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("the org.webjars.npm:" + artifact + " webjar is not on the classpath");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath path of a file inside the webjar, e.g. {@code build/yasgui.min.js}. */
    public static String resource(String artifact, String file) {
        return "/META-INF/resources/webjars/" + artifact + "/" + version(artifact) + "/" + file;
    }

    /** The bytes of a classpath resource; fails when it is missing. */
    public static byte[] bytes(String resource) {
        try (InputStream in = Webjars.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
