package org.aigov.kg.security;

import java.util.Iterator;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * Function registries for a public endpoint. ARQ loads any class on the classpath that a query
 * names as {@code <java:package.Class>}, or through a namespace it maps to one (such as
 * {@code afn:}, {@code apf:} and their legacy {@code http://jena.hpl.hp.com/ARQ/…} forms). That
 * let a query reach regular expressions with no time bound ({@code FN_Matches},
 * {@code FN_StrReplace}, {@code strSplit}) around {@link BoundedRegex}, or any other function
 * class on the classpath. These registries answer for registered names as before, and for a
 * name loaded by class name only when the class is a direct member of ARQ's own function
 * libraries and not one of those three; any other such name is an unknown function.
 *
 * <pre>SafeFunctionRegistries.install(dataset.getContext());</pre>
 */
public final class SafeFunctionRegistries {
    private static final String JAVA_SCHEME = "java:";
    static final String FUNCTION_LIBRARY = "org.apache.jena.sparql.function.library.";
    static final String PROPERTY_FUNCTION_LIBRARY = "org.apache.jena.sparql.pfunction.library.";
    /** Library classes whose regular expression no timeout can interrupt. */
    static final Set<String> UNBOUNDED_REGEX_CLASSES = Set.of(
            FUNCTION_LIBRARY + "FN_Matches", FUNCTION_LIBRARY + "FN_StrReplace", PROPERTY_FUNCTION_LIBRARY + "strSplit");

    private SafeFunctionRegistries() {}

    /** Puts guarded views of ARQ's global registries into {@code cxt}; returns it. */
    public static Context install(Context cxt) {
        FunctionRegistry.set(cxt, new GuardedFunctions(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(cxt, new GuardedPropertyFunctions(PropertyFunctionRegistry.get()));
        return cxt;
    }

    /** True for a name ARQ would resolve by loading a class, unless that class is allowed from {@code library}. */
    static boolean refused(String uri, String library) {
        String mapped = MappedLoader.mapDynamicURI(uri);
        String name = mapped != null ? mapped : uri;
        if (!name.startsWith(JAVA_SCHEME)) return false; // resolved by registration only
        String className = name.substring(JAVA_SCHEME.length());
        boolean inLibrary = className.startsWith(library) && className.indexOf('.', library.length()) < 0;
        return !inLibrary || UNBOUNDED_REGEX_CLASSES.contains(className);
    }

    /** ARQ's function registry, minus refused names; never modifies it. */
    static final class GuardedFunctions extends FunctionRegistry {
        private final FunctionRegistry global;

        GuardedFunctions(FunctionRegistry global) { this.global = global; }

        @Override public FunctionFactory get(String uri) { return refused(uri, FUNCTION_LIBRARY) ? null : global.get(uri); }

        @Override public boolean isRegistered(String uri) { return !refused(uri, FUNCTION_LIBRARY) && global.isRegistered(uri); }

        @Override public Iterator<String> keys() { return Iter.filter(global.keys(), uri -> !refused(uri, FUNCTION_LIBRARY)); }

        @Override public void put(String uri, FunctionFactory f) { throw new UnsupportedOperationException("read-only registry"); }

        @Override public FunctionFactory remove(String uri) { throw new UnsupportedOperationException("read-only registry"); }
    }

    /** ARQ's property function registry, minus refused names: those stay ordinary triple patterns. */
    static final class GuardedPropertyFunctions extends PropertyFunctionRegistry {
        private final PropertyFunctionRegistry global;

        GuardedPropertyFunctions(PropertyFunctionRegistry global) { this.global = global; }

        @Override public boolean manages(String uri) { return !refused(uri, PROPERTY_FUNCTION_LIBRARY) && global.manages(uri); }

        @Override public PropertyFunctionFactory get(String uri) { return refused(uri, PROPERTY_FUNCTION_LIBRARY) ? null : global.get(uri); }

        @Override public boolean isRegistered(String uri) { return !refused(uri, PROPERTY_FUNCTION_LIBRARY) && global.isRegistered(uri); }

        @Override public Iterator<String> keys() { return Iter.filter(global.keys(), uri -> !refused(uri, PROPERTY_FUNCTION_LIBRARY)); }

        @Override public void put(String uri, PropertyFunctionFactory f) { throw new UnsupportedOperationException("read-only registry"); }

        @Override public PropertyFunctionFactory remove(String uri) { throw new UnsupportedOperationException("read-only registry"); }
    }
}
