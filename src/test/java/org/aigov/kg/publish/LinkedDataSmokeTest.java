package org.aigov.kg.publish;

import org.junit.jupiter.api.Test;

class LinkedDataSmokeTest {
    @Test
    void smoke() throws Exception {
        try (LdTestServer s = new LdTestServer()) {
            for (String p : new String[] {"/ontology?lang=ja", "/ontology?format=ttl", "/void", "/.well-known/void?format=jsonld", "/dumps/", "/dumps/aigov.jsonld", "/dumps/aigov.trig", "/dumps/../etc"}) {
                var r = s.get(p, "Accept", "text/html");
                System.out.println("=== " + p + " " + r.statusCode() + " " + r.headers().map());
                System.out.println(r.body());
            }
        }
    }
}
