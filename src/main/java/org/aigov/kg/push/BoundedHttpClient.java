package org.aigov.kg.push;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An HttpClient that gives every request a read timeout and, when configured, a Basic
 * Authorization header; Jena's GSP and query clients take it in place of their default client,
 * which has no read timeout.
 */
final class BoundedHttpClient extends HttpClient {
    private final HttpClient delegate;
    private final Duration readTimeout;
    private final String authorization;

    BoundedHttpClient(RemoteStore store) {
        this.delegate = HttpClient.newBuilder()
                .connectTimeout(store.connectTimeout())
                .followRedirects(Redirect.NORMAL)
                .version(Version.HTTP_1_1)
                .build();
        this.readTimeout = store.readTimeout();
        this.authorization = store.hasCredentials()
                ? "Basic " + Base64.getEncoder().encodeToString(
                        (store.user() + ":" + store.password()).getBytes(StandardCharsets.UTF_8))
                : null;
    }

    private HttpRequest bounded(HttpRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (name, value) -> true).timeout(readTimeout);
        if (authorization != null && request.headers().firstValue("Authorization").isEmpty()) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return delegate.send(bounded(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(bounded(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return delegate.sendAsync(bounded(request), handler, push);
    }

    @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
    @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
    @Override public Redirect followRedirects() { return delegate.followRedirects(); }
    @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
    @Override public SSLContext sslContext() { return delegate.sslContext(); }
    @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
    @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
    @Override public Version version() { return delegate.version(); }
    @Override public Optional<Executor> executor() { return delegate.executor(); }
}
