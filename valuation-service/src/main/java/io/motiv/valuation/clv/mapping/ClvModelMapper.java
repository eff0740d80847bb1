package io.motiv.valuation.clv.mapping;

import io.motiv.valuation.clv.ClvModel;
import io.motiv.valuation.clv.api.graphql.ClvModelView;

public final class ClvModelMapper {

    private ClvModelMapper() {
    }

    public static ClvModelView toView(ClvModel clvModel) {
        return clvModel == null ? null : new ClvModelView(clvModel.id.toString(), clvModel.name, clvModel.status, clvModel.createdAt);
    }
}
