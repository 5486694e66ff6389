import { beforeAll, describe, expect, it } from 'vitest';
import { py } from '../../test/helpers/text.js';
import { initPython, parsePython } from './python.js';

describe('parse/python (class fields and URL literals)', () => {
  beforeAll(async () => {
    await initPython();
  });

  it('reads annotated class attributes with their value call, and call-valued attributes, never configuration', () => {
    const facts = parsePython(py`
      from pydantic import BaseModel, Field, ConfigDict
      from marshmallow import Schema, fields

      class Loan(BaseModel):
          """A loan."""
          model_config = ConfigDict(frozen=True)
          amount: float = Field(..., ge=0)
          purpose: str
          limit = 3

          def total(self):
              return self.amount

      class LoanSchema(Schema):
          amount = fields.Float(required=True)
    `);

    expect(facts.classes.map((c) => c.fields)).toEqual([
      [
        { name: 'amount', type: 'float', line: 7, call: { name: 'pydantic.Field', kwargs: ['ge'] } },
        { name: 'purpose', type: 'str', line: 8 },
      ],
      [{ name: 'amount', type: '', line: 15, call: { name: 'marshmallow.fields.Float', kwargs: ['required'] } }],
    ]);
  });

  it('records string literals that are whole URLs, wherever they stand', () => {
    const facts = parsePython('URLS = {"local": "http://localhost:11434/v1", "note": "see http://x.org for more"}\nrequests.get("https://api.example.com/v1")\n');

    expect(facts.urls).toEqual([
      { line: 1, text: 'http://localhost:11434/v1' },
      { line: 2, text: 'https://api.example.com/v1' },
    ]);
  });
});
