package org.aigov.kg.push;

import java.time.Duration;

/**
 * Where and how to reach a remote SPARQL 1.1 store: its Graph Store Protocol URL, its query URL
 * (often the same, as for a Fuseki dataset), optional Basic credentials and timeouts.
 */
public record RemoteStore(String graphStoreUrl, String queryUrl, String user, String password,
                          Duration connectTimeout, Duration readTimeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** A store answering both protocols at one URL, no credentials, default timeouts. */
    public static RemoteStore at(String url) {
        return new RemoteStore(url, url, null, null, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    public RemoteStore withCredentials(String newUser, String newPassword) {
        return new RemoteStore(graphStoreUrl, queryUrl, newUser, newPassword, connectTimeout, readTimeout);
    }

    public RemoteStore withTimeouts(Duration connect, Duration read) {
        return new RemoteStore(graphStoreUrl, queryUrl, user, password, connect, read);
    }

    public RemoteStore withQueryUrl(String url) {
        return new RemoteStore(graphStoreUrl, url, user, password, connectTimeout, readTimeout);
    }

    boolean hasCredentials() {
        return user != null && !user.isEmpty();
    }
}
