package com.merchantdesk.sandbox.http;

/** A GET: reads what it needs itself and answers. */
@FunctionalInterface
public interface ReadRoute {
    ApiResponse handle(Call call);
}
