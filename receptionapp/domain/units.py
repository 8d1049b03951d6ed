"""The kinds of unit a matter is assigned to (承办单位), with the words the office uses for them.

Deadline rules may apply to one kind of unit only (a county bureau has its
own acceptance notice), so the kinds are domain data, not just form labels.
"""

from __future__ import annotations

UNIT_KIND_LABELS = {"division": "处室", "county_bureau": "区县教育局", "school": "学校", "other": "其他单位"}
