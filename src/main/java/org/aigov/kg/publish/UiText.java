package org.aigov.kg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The pages' own words in English, Japanese and Hindi ({@code i18n/ui_LANG.properties}), falling back to English. */
public final class UiText {
    /** Languages the pages are written in, English first (the fallback). */
    public static final List<String> LANGUAGES = List.of("en", "ja", "hi");

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private final String lang;
    private final Properties own;
    private final Properties english;

    private UiText(String lang) {
        this.lang = lang;
        this.own = bundle(lang);
        this.english = bundle("en");
    }

    /** The text for a supported language; throws for anything else (check with {@link #supports}). */
    public static UiText of(String lang) {
        if (!supports(lang)) throw new IllegalArgumentException("unsupported language " + lang);
        return new UiText(lang);
    }

    public static boolean supports(String lang) { return lang != null && LANGUAGES.contains(lang); }

    /** The language an Accept-Language header prefers among ours; English when none matches. */
    public static String negotiate(String acceptLanguage) {
        Optional<String> best = AcceptHeader.parse(acceptLanguage).bestLanguage(LANGUAGES);
        return best.orElse("en");
    }

    public String lang() { return lang; }

    public String get(String key) {
        String s = own.getProperty(key);
        if (s == null) s = english.getProperty(key);
        return s == null ? key : s;
    }

    /** The text for a key, or null when no bundle has it. */
    public String find(String key) {
        String s = own.getProperty(key);
        return s != null ? s : english.getProperty(key);
    }

    /** The language's own name, e.g. 日本語 for ja. */
    public static String nameOf(String lang) { return bundle(lang).getProperty("language.name", lang); }

    private static Properties bundle(String lang) {
        return BUNDLES.computeIfAbsent(lang, l -> {
            Properties p = new Properties();
            try (InputStream in = UiText.class.getResourceAsStream("i18n/ui_" + l + ".properties")) {
                if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        });
    }
}
