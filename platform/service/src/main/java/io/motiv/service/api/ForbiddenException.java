package io.motiv.service.api;

import io.smallrye.graphql.api.ErrorCode;

/** The caller's roles do not allow this field or operation. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(message);
    }
}
