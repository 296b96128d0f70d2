/** Reference lists (danh mục tham chiếu): document kinds, result kinds, channels, priority categories… */
package vn.motcua.reference.entity;
