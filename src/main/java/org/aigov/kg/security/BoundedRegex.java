package org.aigov.kg.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE that obey the query timeout. ARQ checks its timeout between rows, but one
 * catastrophic match ({@code REGEX(?x, "(.*a){12}x")} on 40 characters) runs for hours inside
 * a single row, holding a thread and a core. {@link #bound} swaps both built-ins, and their
 * function forms ({@code fn:matches}, {@code fn:replace}, {@code sparql:regex}, {@code sparql:replace}), for functions that match on a
 * {@link DeadlineCharSequence} ending at the query's deadline. It works on the algebra, where
 * HAVING is a filter and aggregates carry their arguments, so no position is missed.
 *
 * <pre>BoundedRegex.install(dataset.getContext()); // every query on the dataset is bounded</pre>
 */
public final class BoundedRegex {
    public static final String REGEX_IRI = "urn:aigov:function:bounded-regex";
    public static final String REPLACE_IRI = "urn:aigov:function:bounded-replace";
    private static final long DEFAULT_TIMEOUT_MS = 10_000;
    private static final int PATTERN_CACHE = 512;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    static {
        FunctionRegistry.get().put(REGEX_IRI, RegexFunction.class);
        FunctionRegistry.get().put(REPLACE_IRI, ReplaceFunction.class);
    }

    private BoundedRegex() {}

    /** Names under which ARQ also evaluates the same matching (XPath's, and SPARQL's function IRIs): bounded just the same. */
    private static final Set<String> REGEX_NAMES = Set.of(
            "http://www.w3.org/2005/xpath-functions#matches", "http://www.w3.org/ns/sparql#regex");
    private static final Set<String> REPLACE_NAMES = Set.of(
            "http://www.w3.org/2005/xpath-functions#replace", "http://www.w3.org/ns/sparql#replace");

    private static boolean isCallOf(ExprFunctionN func, Set<String> iris) {
        return func instanceof E_Function f && iris.contains(f.getFunctionIRI());
    }

    /** The algebra with every REGEX and REPLACE (filters, binds, projections, ORDER BY, HAVING, aggregates, EXISTS) made bounded. */
    public static Op bound(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex || isCallOf(func, REGEX_NAMES)) return new E_Function(REGEX_IRI, args);
                if (func instanceof E_StrReplace || isCallOf(func, REPLACE_NAMES)) return new E_Function(REPLACE_IRI, args);
                return super.transform(func, args);
            }
        }, op);
    }

    /**
     * Makes ARQ bound every query run with this context: {@link #bound} becomes the first step of
     * the algebra optimizer, so it costs one walk of the algebra ARQ compiles anyway.
     */
    public static Context install(Context cxt) {
        RewriteFactory standard = Optimize.getFactory();
        RewriteFactory bounding = c -> {
            Rewrite optimizer = standard.create(c);
            return op -> optimizer.rewrite(bound(op));
        };
        cxt.set(ARQConstants.sysOptimizerFactory, bounding);
        return cxt;
    }

    /** The nanoTime at which the running query's timeout ends (from the query start time and ARQ.queryTimeout). */
    static long deadline(FunctionEnv env) {
        Context cxt = env == null ? null : env.getContext();
        long timeoutMs = timeoutMillis(cxt == null ? null : cxt.get(ARQ.queryTimeout));
        long elapsedMs = 0;
        // ARQ stores the query's start as a Node (Context.setCurrentDateTime); a NodeValue is accepted too.
        Object start = cxt == null ? null : cxt.get(ARQConstants.sysCurrentTime);
        NodeValue nv = start instanceof NodeValue v ? v : start instanceof Node n && n.isLiteral() ? NodeValue.makeNode(n) : null;
        if (nv != null && nv.isDateTime()) {
            elapsedMs = Math.max(0, System.currentTimeMillis() - nv.getDateTime().toGregorianCalendar().getTimeInMillis());
        }
        return System.nanoTime() + Math.max(1, timeoutMs - elapsedMs) * 1_000_000L;
    }

    /** ARQ accepts a number or "overall" or "first,overall" in milliseconds; the overall figure bounds us. */
    static long timeoutMillis(Object setting) {
        if (setting instanceof Number n) return n.longValue() > 0 ? n.longValue() : DEFAULT_TIMEOUT_MS;
        if (setting instanceof String s && !s.isBlank()) {
            String[] parts = s.split(",");
            try {
                long v = Long.parseLong(parts[parts.length - 1].trim());
                return v > 0 ? v : DEFAULT_TIMEOUT_MS;
            } catch (NumberFormatException e) {
                return DEFAULT_TIMEOUT_MS;
            }
        }
        return DEFAULT_TIMEOUT_MS;
    }

    static Pattern pattern(String regex, String flags) {
        String key = flags + "\u0000" + regex;
        Pattern p = PATTERNS.get(key);
        if (p != null) return p;
        if (PATTERNS.size() >= PATTERN_CACHE) PATTERNS.clear(); // bounded: a query cannot fill memory with patterns
        try {
            p = RegexEngine.makePattern("regex", regex, flags);
        } catch (RuntimeException e) {
            throw new ExprEvalException("bad regular expression: " + e.getMessage());
        }
        PATTERNS.put(key, p);
        return p;
    }

    static String lexical(NodeValue nv, String what) {
        if (!nv.isLiteral() || !(nv.isString() || nv.isLangString())) throw new ExprEvalException(what + " is not a string: " + nv);
        return nv.asNode().getLiteralLexicalForm();
    }

    /** REGEX(text, pattern [, flags]) with the query's deadline. */
    public static final class RegexFunction extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String text = lexical(args.get(0), "REGEX input");
            Pattern p = pattern(lexical(args.get(1), "REGEX pattern"), args.size() == 3 ? lexical(args.get(2), "REGEX flags") : "");
            return NodeValue.booleanReturn(p.matcher(new DeadlineCharSequence(text, deadline(env))).find());
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]) with the query's deadline; keeps the language tag. */
    public static final class ReplaceFunction extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            NodeValue input = args.get(0);
            String text = lexical(input, "REPLACE input");
            Pattern p = pattern(lexical(args.get(1), "REPLACE pattern"), args.size() == 4 ? lexical(args.get(3), "REPLACE flags") : "");
            if (p.matcher("").matches()) throw new ExprEvalException("REPLACE pattern matches the empty string");
            String out = p.matcher(new DeadlineCharSequence(text, deadline(env))).replaceAll(lexical(args.get(2), "REPLACE replacement"));
            return input.isLangString() ? NodeValue.makeLangString(out, input.getLang()) : NodeValue.makeString(out);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }
}
