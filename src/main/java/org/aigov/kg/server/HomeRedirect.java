package org.aigov.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.fuseki.main.FusekiServer;

/** Sends a browser opening the server's root to the query page (replace this line in Extensions for a home page). */
public final class HomeRedirect implements ServerExtension {
    @Override
    public void register(FusekiServer.Builder b, ServerContext ctx) {
        b.addServlet("", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
                res.sendRedirect(QueryPage.PATH);
            }
        });
    }
}
