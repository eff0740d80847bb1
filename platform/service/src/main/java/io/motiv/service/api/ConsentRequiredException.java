package io.motiv.service.api;

import io.smallrye.graphql.api.ErrorCode;

/** The customer has not given (or has withdrawn) the consent this use of their data needs. */
@ErrorCode("CONSENT_REQUIRED")
public class ConsentRequiredException extends ApiException {

    public ConsentRequiredException(String message) {
        super(message);
    }
}
