"""The shape of a codebook, and checking a coding against it.

A codebook is research data, not code: researchers revise it between annual
reports, and codings made under an old version must stay readable. So the
models are strict about the codebook itself (a typo in a YAML file should fail
at load time, not in next year's statistics) and `validate_values` is the one
place that says whether a coding or a truth file fits a given version.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, model_validator

VariableType = Literal["categorical", "multi", "integer", "text"]

# Problems name variables and codebook values, never a free-text value: a
# coding of a `text` variable could carry words copied from a chat.
_MAX_QUOTED = 40


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Value(_Frozen):
    """One allowed value: the id codings use, the label a report prints, and a
    stable SPSS code so exports of different years line up."""

    id: StrictStr = Field(min_length=1)
    label: StrictStr = Field(min_length=1)
    code: StrictInt = Field(ge=0)
    definition: StrictStr | None = None


class Missing(_Frozen):
    """The value that says "not known from this chat" (or "does not apply").

    It is kept apart from the substantive values because statistics report
    each variable over the chats where it is known; `onbekend` is never `nee`.
    """

    value: StrictStr | None | list[StrictStr]
    label: StrictStr
    code: StrictInt | None = Field(default=None, ge=0)
    meaning: StrictStr = Field(min_length=1)

    @model_validator(mode="after")
    def _empty_list_only(self) -> Missing:
        if isinstance(self.value, list) and self.value:
            raise ValueError("a list as missing value must be the empty list []")
        return self


class MapsOnto(_Frozen):
    """A finer scale that collapses onto a coarser variable (duur_detail → duur)."""

    variable: StrictStr
    mapping: dict[StrictStr, StrictStr]


class Variable(_Frozen):
    id: StrictStr = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: StrictStr = Field(min_length=1)
    type: VariableType
    definition: StrictStr = Field(min_length=1)
    values: list[Value] = []
    missing: Missing | None = None
    only_trafficking: bool = False
    # Coded only while another variable has one of these values; otherwise the
    # variable takes its missing value (pleger_familie_detail only for familie).
    applies_when: dict[StrictStr, list[StrictStr]] = {}
    minimum: StrictInt | None = None
    maximum: StrictInt | None = None
    lowercase: bool = False
    examples: list[StrictStr] = []
    maps_onto: MapsOnto | None = None
    notes: list[StrictStr] = []

    @model_validator(mode="after")
    def _consistent(self) -> Variable:
        ids = [v.id for v in self.values]
        codes = [v.code for v in self.values]
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate value ids in {self.id}")
        if len(set(codes)) != len(codes):
            raise ValueError(f"duplicate SPSS codes in {self.id}")
        if self.type in ("categorical", "multi") and not self.values:
            raise ValueError(f"{self.type} variable {self.id} needs values")
        if self.type in ("integer", "text") and self.values:
            raise ValueError(f"{self.type} variable {self.id} takes no value list")
        if (self.minimum is not None or self.maximum is not None) and self.type != "integer":
            raise ValueError(f"minimum/maximum only apply to integer variables ({self.id})")
        if self.lowercase and self.type != "text":
            raise ValueError(f"lowercase only applies to text variables ({self.id})")
        m = self.missing
        if m is not None:
            if self.type == "multi" and m.value != []:
                raise ValueError(f"multi variable {self.id}: missing value must be []")
            if self.type != "multi" and isinstance(m.value, list):
                raise ValueError(f"only multi variables take [] as missing value ({self.id})")
            if self.type == "text" and m.value is not None:
                raise ValueError(f"text variable {self.id}: missing value must be null")
            if isinstance(m.value, str) and m.value in ids:
                raise ValueError(f"{self.id}: missing value {m.value!r} is also a substantive value")
            if m.code is not None and m.code in codes:
                raise ValueError(f"{self.id}: missing code {m.code} is also a value's code")
        if self.type in ("multi", "text") and m is None:
            raise ValueError(f"{self.type} variable {self.id} needs a missing value ([] or null)")
        if (self.only_trafficking or self.applies_when) and m is None:
            raise ValueError(f"{self.id} does not always apply, so it needs a missing value")
        if self.maps_onto is not None and set(self.maps_onto.mapping) != set(ids):
            raise ValueError(f"{self.id}: maps_onto must map every value exactly once")
        return self

    def value_ids(self) -> list[str]:
        return [v.id for v in self.values]

    def allowed(self) -> set[str]:
        """Value ids a coding may use, including a string missing value."""
        out = set(self.value_ids())
        if self.missing is not None and isinstance(self.missing.value, str):
            out.add(self.missing.value)
        return out

    def value(self, value_id: str) -> Value:
        for v in self.values:
            if v.id == value_id:
                return v
        raise KeyError(f"{self.id} has no value {value_id!r}")

    def is_missing(self, value: Any) -> bool:
        return self.missing is not None and value == self.missing.value and type(value) is type(self.missing.value)

    def spss_value_labels(self) -> dict[int, str]:
        """Code → label, the missing code included (for pyreadstat's value labels)."""
        labels = {v.code: v.label for v in self.values}
        if self.missing is not None and self.missing.code is not None:
            labels[self.missing.code] = self.missing.label
        return labels

    def check(self, value: Any) -> list[str]:
        """Problems with one value on its own (no cross-variable rules)."""
        if self.is_missing(value):
            return []
        where = self.id
        if self.type == "multi":
            if not isinstance(value, list):
                return [f"{where}: expected a list of {_ids(self.value_ids())}, got {_kind(value)}"]
            problems = [
                f"{where}: value {_quote(item)} not allowed, expected {_ids(self.value_ids())}"
                for item in value
                if not isinstance(item, str) or item not in self.value_ids()
            ]
            seen = [item for item in value if isinstance(item, str)]
            dupes = sorted({item for item in seen if seen.count(item) > 1 and item in self.value_ids()})
            problems += [f"{where}: value {_quote(item)} listed more than once" for item in dupes]
            return problems
        if isinstance(value, list):
            return [f"{where}: a list given, but {where} takes one value (not multi-valued)"]
        if self.type == "categorical":
            if isinstance(value, str) and value in self.allowed():
                return []
            if value is None:
                return [f"{where}: null not allowed, expected one of {_ids(sorted(self.allowed()))}"]
            return [f"{where}: value {_quote(value)} not allowed, expected one of {_ids(sorted(self.allowed()))}"]
        if self.type == "integer":
            missing = f" or {self.missing.value!r}" if self.missing is not None else ""
            if isinstance(value, bool) or not isinstance(value, int):
                return [f"{where}: expected an integer{missing}, got {_kind(value)}"]
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                return [f"{where}: {value} out of range, expected {self.minimum}..{self.maximum}{missing}"]
            return []
        # text: never quoted, it may hold words from a chat
        if not isinstance(value, str):
            return [f"{where}: expected text or null, got {_kind(value)}"]
        if not value.strip():
            return [f"{where}: empty text, expected a value or null"]
        if self.lowercase and value != value.lower():
            return [f"{where}: expected lowercase text"]
        return []


class TraffickingFilter(_Frozen):
    """Which value marks a chat as not about trafficking (and so out of analysis)."""

    variable: StrictStr
    not_trafficking: StrictStr


class Codebook(_Frozen):
    id: StrictStr = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    name: StrictStr
    version: StrictInt = Field(ge=1900, le=2200)
    based_on: StrictStr | None = None
    changes: list[StrictStr] = []
    description: StrictStr | None = None
    trafficking_filter: TraffickingFilter | None = None
    variables: list[Variable] = Field(min_length=1)

    @model_validator(mode="after")
    def _references(self) -> Codebook:
        ids = [v.id for v in self.variables]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate variable ids")
        by_id = {v.id: v for v in self.variables}
        for var in self.variables:
            for other, values in var.applies_when.items():
                if other not in by_id or other == var.id:
                    raise ValueError(f"{var.id}: applies_when names unknown variable {other!r}")
                unknown = set(values) - by_id[other].allowed()
                if unknown:
                    raise ValueError(f"{var.id}: applies_when uses values {sorted(unknown)} unknown to {other}")
            if var.maps_onto is not None:
                target = by_id.get(var.maps_onto.variable)
                if target is None:
                    raise ValueError(f"{var.id}: maps_onto names unknown variable {var.maps_onto.variable!r}")
                wrong = set(var.maps_onto.mapping.values()) - set(target.value_ids())
                if wrong:
                    raise ValueError(f"{var.id}: maps onto values {sorted(wrong)} unknown to {target.id}")
        tf = self.trafficking_filter
        if tf is not None and (tf.variable not in by_id or tf.not_trafficking not in by_id[tf.variable].value_ids()):
            raise ValueError("trafficking_filter names an unknown variable or value")
        if self.based_on == self.id:
            raise ValueError("a codebook cannot be based on itself")
        return self

    @property
    def ids(self) -> list[str]:
        return [v.id for v in self.variables]

    def variable(self, variable_id: str) -> Variable:
        for v in self.variables:
            if v.id == variable_id:
                return v
        raise KeyError(f"{variable_id!r} is not a variable of codebook {self.id}")

    def validate_values(self, values: dict, *, complete: bool = False) -> list[str]:
        """Problems of one chat's coding (or truth) against this codebook.

        Empty list means it fits. `complete=True` also reports variables the
        coding lacks. Cross-variable rules are checked only when the variables
        they depend on are present and valid, so one mistake is reported once.
        """
        if not isinstance(values, dict):
            return [f"expected a mapping of variable ids to values, got {_kind(values)}"]
        problems: list[str] = []
        by_id = {v.id: v for v in self.variables}
        valid: dict[str, Any] = {}
        for key, value in values.items():
            var = by_id.get(key) if isinstance(key, str) else None
            if var is None:
                problems.append(f"{_quote(key)}: unknown variable, not in codebook {self.id}")
                continue
            own = var.check(value)
            problems += own
            if not own:
                valid[key] = value
        if complete:
            problems += [f"{v.id}: missing from the coding" for v in self.variables if v.id not in values]

        tf = self.trafficking_filter
        not_trafficking = tf is not None and valid.get(tf.variable) == tf.not_trafficking
        for var in self.variables:
            if var.id not in valid or var.is_missing(valid[var.id]):
                continue
            neutral = _show_missing(var) if var.missing is not None else ""
            if not_trafficking and var.only_trafficking:
                problems.append(
                    f"{var.id}: chat is not about trafficking ({tf.variable} = {tf.not_trafficking}), expected {neutral}"
                )
                continue
            for other, when in var.applies_when.items():
                if other in valid and valid[other] not in when:
                    problems.append(
                        f"{var.id}: only coded when {other} is {' or '.join(when)}, "
                        f"but {other} is {_quote(valid[other])}; expected {neutral}"
                    )
            if var.maps_onto is not None and var.maps_onto.variable in valid:
                target = var.maps_onto.variable
                expected = var.maps_onto.mapping[valid[var.id]]
                if valid[target] != expected:
                    problems.append(
                        f"{var.id}: {_quote(valid[var.id])} means {target} = {_quote(expected)}, "
                        f"but {target} is {_quote(valid[target])}"
                    )
        return problems


def _quote(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_QUOTED else text[: _MAX_QUOTED - 3] + "..."


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _ids(ids: list[str]) -> str:
    return ", ".join(ids)


def _show_missing(var: Variable) -> str:
    value = var.missing.value
    return "null" if value is None else ("[]" if value == [] else repr(value))
