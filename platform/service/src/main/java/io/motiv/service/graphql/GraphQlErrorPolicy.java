package io.motiv.service.graphql;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultPath;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.SourceLocation;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.spi.config.Config;
import io.motiv.service.api.ApiException;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * One error policy for every service's GraphQL answers, applied to the finished result of each request:
 * <ul>
 * <li>our {@link ApiException}s keep their message and {@code @ErrorCode} (VALIDATION, NOT_FOUND, ...) and are not
 * logged: they are the caller's mistakes, not ours;</li>
 * <li>a denied {@code @RolesAllowed} operation (Quarkus' {@link ForbiddenException}) answers {@code FORBIDDEN}, the
 * same code as our own field guards (SmallRye would derive {@code forbidden} from the class name);</li>
 * <li>anything else is unexpected: logged here at ERROR with its stack trace, answered "System error" with code
 * {@code INTERNAL} (SmallRye would derive a code from the exception's class name, e.g. {@code null-pointer});</li>
 * <li>a document refused by the depth or complexity limit answers code {@code LIMIT_EXCEEDED}.</li>
 * </ul>
 * Every error is counted by its code in {@code motiv_graphql_errors_total{code=...}}.
 * SmallRye GraphQL has no setting that maps exception classes to codes, and its own data fetcher error log
 * ({@code SRGQL012000}, {@code quarkus.smallrye-graphql.print-data-fetcher-exception}) is all or nothing, so the
 * policy is a graphql-java instrumentation added through SmallRye's {@code GraphQL.Builder} event
 * ({@code quarkus.smallrye-graphql.events.enabled=true}). It sees every error, whichever data fetcher (blocking,
 * {@code Uni}, batch) produced it.
 */
@ApplicationScoped
@Startup // registers motiv_graphql_errors_total{code="INTERNAL"} before the first request
public class GraphQlErrorPolicy {

    public static final String SYSTEM_ERROR = "System error";

    private static final Logger LOG = Logger.getLogger(GraphQlErrorPolicy.class);

    private final MeterRegistry registry;

    public GraphQlErrorPolicy(MeterRegistry registry) {
        this.registry = registry;
        // Present from the start (@Startup), so a rate over it is defined before the first failure.
        errors("INTERNAL");
    }

    void addTo(@Observes GraphQL.Builder builder) {
        applyParserLimitsToOperations();
        // GraphQL.Builder has no getter: build once to read the instrumentation SmallRye set (limits, query cache).
        Instrumentation existing = builder.build().getInstrumentation();
        Instrumentation policy = new Policy(this::count);
        builder.instrumentation(existing == null ? policy : new ChainedInstrumentation(existing, policy));
    }

    /**
     * SmallRye applies {@code quarkus.smallrye-graphql.parser-max-tokens} and {@code parser-max-whitespace-tokens}
     * with {@code ParserOptions.setDefaultParserOptions}, but graphql-java parses operations with its separate
     * <em>operation</em> parser options (15000 tokens), so the settings would not bound a query. Apply them there too.
     */
    private static void applyParserLimitsToOperations() {
        Config config = Config.get();
        Optional<Integer> maxTokens = config.getParserMaxTokens();
        Optional<Integer> maxWhitespaceTokens = config.getParserMaxWhitespaceTokens();
        if (maxTokens.isEmpty() && maxWhitespaceTokens.isEmpty()) {
            return;
        }
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(b -> {
            maxTokens.ifPresent(b::maxTokens);
            maxWhitespaceTokens.ifPresent(b::maxWhitespaceTokens);
        }));
    }

    private void count(GraphQLError error) {
        errors(code(error)).increment();
    }

    private Counter errors(String code) {
        return Counter.builder("motiv.graphql.errors")
                .description("Errors in GraphQL answers, by extensions.code")
                .tag("code", code)
                .register(registry);
    }

    private static final class Policy implements Instrumentation {

        private final Consumer<GraphQLError> counter;

        Policy(Consumer<GraphQLError> counter) {
            this.counter = counter;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            List<GraphQLError> errors = result.getErrors();
            if (errors == null || errors.isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> mapped = new ArrayList<>(errors.size());
            boolean changed = false;
            for (GraphQLError error : errors) {
                GraphQLError m = map(error);
                changed |= m != error;
                mapped.add(m);
                counter.accept(m);
            }
            return CompletableFuture.completedFuture(changed ? result.transform(b -> b.errors(mapped)) : result);
        }
    }

    static GraphQLError map(GraphQLError error) {
        if (error instanceof AbortExecutionException aborted) {
            return GraphqlErrorBuilder.newError()
                    .message(aborted.getMessage())
                    .errorType(aborted.getErrorType())
                    .extensions(Map.of("code", "LIMIT_EXCEEDED"))
                    .build();
        }
        if (!(error instanceof ExceptionWhileDataFetching fetching)) {
            return error;
        }
        Throwable cause = unwrap(fetching.getException());
        if (cause instanceof ApiException) {
            return error;
        }
        if (cause instanceof ForbiddenException) {
            return new CodedError(fetching, "FORBIDDEN", "Forbidden: the token's roles do not allow this operation");
        }
        if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
            return new CodedError(fetching, "UNAUTHENTICATED", "Unauthenticated");
        }
        LOG.errorf(cause, "Unexpected failure resolving %s", fetching.getPath());
        return new CodedError(fetching, "INTERNAL", SYSTEM_ERROR);
    }

    /**
     * The code a client sees: ours, an {@code @ErrorCode} (SmallRye adds it to the answer after this policy ran), or
     * graphql-java's classification for documents refused before execution ({@code ValidationError} ->
     * {@code VALIDATION_ERROR}, {@code InvalidSyntax} -> {@code INVALID_SYNTAX}).
     */
    static String code(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return code.toString();
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            ErrorCode annotated = unwrap(fetching.getException()).getClass().getAnnotation(ErrorCode.class);
            if (annotated != null) {
                return annotated.value();
            }
        }
        String classification = error.getErrorType() == null ? "UNKNOWN" : error.getErrorType().toString();
        return classification.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * A data fetching error with our message and {@code extensions.code}. SmallRye's error writer adds the
     * extensions of the error after those of its providers, so this code replaces the one derived from the class.
     */
    private static final class CodedError extends ExceptionWhileDataFetching {

        private final String message;
        private final Map<String, Object> extensions;

        CodedError(ExceptionWhileDataFetching original, String code, String message) {
            super(ResultPath.fromList(original.getPath() == null ? List.of() : original.getPath()),
                    original.getException(), firstLocation(original));
            this.message = message;
            this.extensions = Map.of("code", code);
        }

        private static SourceLocation firstLocation(GraphQLError error) {
            List<SourceLocation> locations = error.getLocations();
            return locations == null || locations.isEmpty() ? null : locations.get(0);
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
