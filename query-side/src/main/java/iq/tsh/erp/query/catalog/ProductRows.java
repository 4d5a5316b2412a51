package iq.tsh.erp.query.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

/** The {@code products} read table. */
interface ProductRows extends JpaRepository<ProductRow, String> {
}
