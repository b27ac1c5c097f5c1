package org.aigov.kg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Prints the aigov-kg version with the Jena and Java versions it runs on. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String own = Main.class.getPackage().getImplementationVersion();
        String jena = mavenVersion("org.apache.jena", "jena-core");
        return new String[] {
                "aigov-kg " + (own == null ? "(development build)" : own),
                "Apache Jena " + jena + ", Java " + System.getProperty("java.version")
        };
    }

    /** Read from the pom.properties Maven puts in every jar: survives shading, unlike manifests. */
    static String mavenVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = VersionProvider.class.getResourceAsStream(path)) {
            if (in == null) return "?";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
