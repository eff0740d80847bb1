package io.motiv.service.graphql;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.motiv.service.api.ValidationException;
import io.quarkus.security.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlErrorPolicyTest {

    private static ExceptionWhileDataFetching fetching(Throwable t) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/customer/email"), t, new SourceLocation(1, 3));
    }

    @Test
    void shouldKeepOurOwnApiErrorsAsTheyAre() {
        ExceptionWhileDataFetching error = fetching(new ValidationException("kMax", "must be at most 30"));
        assertThat(GraphQlErrorPolicy.map(error)).isSameAs(error);
    }

    @Test
    void shouldAnswerADeniedRoleWithForbidden() {
        GraphQLError mapped = GraphQlErrorPolicy.map(fetching(new CompletionException(new ForbiddenException())));
        assertThat(mapped.getExtensions()).containsEntry("code", "FORBIDDEN");
        assertThat(mapped.getMessage()).startsWith("Forbidden");
        assertThat(mapped.getPath()).isEqualTo(List.of("customer", "email"));
        assertThat(mapped.getLocations()).containsExactly(new SourceLocation(1, 3));
    }

    @Test
    void shouldHideUnexpectedFailuresBehindASystemError() {
        GraphQLError mapped = GraphQlErrorPolicy.map(fetching(new IllegalStateException("pool closed at 10.0.0.7")));
        assertThat(mapped.getExtensions()).containsEntry("code", "INTERNAL");
        assertThat(mapped.getMessage()).isEqualTo("System error");
        assertThat(mapped.toSpecification().toString()).doesNotContain("IllegalState", "10.0.0.7");
    }

    @Test
    void shouldGiveLimitRefusalsACode() {
        GraphQLError mapped = GraphQlErrorPolicy.map(new AbortExecutionException("maximum query depth exceeded 21 > 15"));
        assertThat(mapped.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED");
        assertThat(mapped.getMessage()).isEqualTo("maximum query depth exceeded 21 > 15");
    }

    @Test
    void shouldCountErrorsByTheCodeClientsSee() {
        assertThat(GraphQlErrorPolicy.code(GraphQlErrorPolicy.map(fetching(new IllegalStateException("boom")))))
                .isEqualTo("INTERNAL");
        assertThat(GraphQlErrorPolicy.code(fetching(new ValidationException("kMax", "must be at most 30"))))
                .isEqualTo("VALIDATION");
        assertThat(GraphQlErrorPolicy.code(GraphQlErrorPolicy.map(new AbortExecutionException("too deep"))))
                .isEqualTo("LIMIT_EXCEEDED");
        assertThat(GraphQlErrorPolicy.code(graphql.validation.ValidationError.newValidationError()
                .validationErrorType(graphql.validation.ValidationErrorType.FieldUndefined)
                .description("Field 'x' undefined").build())).isEqualTo("VALIDATION_ERROR");
    }
}
