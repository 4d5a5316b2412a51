package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.catalog.Categories;
import iq.tsh.erp.api.catalog.FindCategories;
import iq.tsh.erp.bff.common.CatalogCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/mobile/categories}: every category with shoppable products, most products first. */
@RestController
@RequestMapping("/api/mobile/categories")
@Tag(name = "Mobile catalogue")
class CategoryController {

    // Zoho organisations hold tens of categories; the cap only guards the answer's size.
    private static final int ALL = 500;

    private final QueryGateway queryGateway;
    private final CatalogCaching caching;

    CategoryController(QueryGateway queryGateway, CatalogCaching caching) {
        this.queryGateway = queryGateway;
        this.caching = caching;
    }

    @GetMapping
    @Operation(summary = "Categories", description = "id, name (as Zoho names it) and productCount")
    ResponseEntity<byte[]> categories(HttpServletRequest request) {
        Categories categories = queryGateway.query(new FindCategories(ALL), Categories.class).join();
        return caching.shared(request, new CategoriesResponse(
                categories.categories().stream().map(CategoryResponse::of).toList()));
    }
}
