package org.aigov.kg.publish;

import org.junit.jupiter.api.Test;

class LinkedDataSmokeTest {
    @Test
    void smoke() throws Exception {
        try (LdTestServer s = new LdTestServer()) {
            for (String p : new String[] {"/id/country/japan", "/id/statement/fixture-2026/clause/1?format=ttl", "/id/country/japan?format=jsonld", "/id/country/nowhere", "/id/../../etc/passwd"}) {
                var r = s.get(p, "Accept", "text/html");
                System.out.println("=== " + p + " " + r.statusCode() + " " + r.headers().map());
                System.out.println(r.body());
            }
            for (String p : new String[] {"/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/..%2f..%2fetc%2fpasswd", "/id/%252e%252e/etc", "/id/..\\..\\etc\\passwd"}) {
                System.out.println("=== RAW " + p + "\n" + s.raw(p));
            }
        }
    }
}
