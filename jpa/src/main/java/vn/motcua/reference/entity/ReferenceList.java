package vn.motcua.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A code list (danh mục tham chiếu) such as document kinds or priority categories. The lists are fixed
 * by the application; their entries are data the administrator edits.
 */
@Entity
@Table(name = "reference_list")
@NamedQuery(name = "ReferenceList.findAll", query = "SELECT l FROM ReferenceList l ORDER BY l.sortOrder")
public class ReferenceList {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ReferenceList() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
