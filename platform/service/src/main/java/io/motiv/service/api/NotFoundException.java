package io.motiv.service.api;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " does not exist");
    }
}
