package com.merchantdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer for one item of a batch: its position, its id, the status a single request would have had
 * (201 created, 200 already there, or an error), and the record or the problem.
 */
public record BatchItemResult(int index, String id, int status, JsonNode record, Problem problem) {}
