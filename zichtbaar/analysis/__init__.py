"""Analysis: statistics where every variable reports its own n ("alleen als het
kenmerk bekend is"), and the two-group comparison of seed 002 Tabel 1/2
(chi-square per category, Fisher's exact test for small expected counts,
Student's t-test for means, stars as the seed), cross-tabulations
(``crosstab``) and year-over-year comparison (``trends``).

pandas is deliberately not used: tables are read with the csv module.
"""

from zichtbaar.lazy import lazy_exports

__all__ = ["Comparison", "ComparisonRow", "Table", "WelchResult", "compare", "read_table", "stars"]
__getattr__ = lazy_exports(__name__, {
    "Comparison": "comparison", "ComparisonRow": "comparison", "WelchResult": "comparison", "compare": "comparison",
    "stars": "comparison", "Table": "table", "read_table": "table",
})
