package dev.settle.system.web;

import java.util.List;

/**
 * One page of a list endpoint: the items, where they sit ({@code page} from 0) and how many there are in all.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages);
    }
}
