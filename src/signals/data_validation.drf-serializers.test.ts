// data_validation: Django REST framework serializers whose view runs a
// model (lib/model-reach.ts): a serializer given the request's data in a
// view that runs an OCR engine or a pickled classifier counts; an output
// serializer rendering a prediction, and the serializers of a CRUD API
// without a model, do not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { py } from '../../test/helpers/text.js';
import { dataValidation } from './data_validation.js';

describe('signals/data_validation (objects built from a model)', () => {
  it('counts a DRF serializer given the request data in a view that runs a model (an OCR engine, a pickled classifier)', async () => {
    const ocr = await detect(dataValidation, {
      'reader/serializers.py': 'from rest_framework import serializers\n\nclass ScanSerializer(serializers.Serializer):\n    image = serializers.ImageField()\n',
      'reader/views.py': py`
        import pytesseract
        from PIL import Image
        from rest_framework.views import APIView
        from rest_framework.response import Response
        from .serializers import ScanSerializer

        class ScanView(APIView):
            def post(self, request):
                serializer = ScanSerializer(data=request.data)
                serializer.is_valid(raise_exception=True)
                image = Image.open(serializer.validated_data["image"])
                return Response({"text": pytesseract.image_to_string(image)})
      `,
    });
    const classifier = await detect(dataValidation, {
      'loans/serializers.py': py`
        from rest_framework import serializers

        class ApplicantSerializer(serializers.Serializer):
            income = serializers.FloatField(min_value=0)
            age = serializers.IntegerField(min_value=18)
      `,
      'loans/views.py': py`
        import joblib
        from rest_framework.decorators import api_view
        from rest_framework.response import Response
        from loans.serializers import ApplicantSerializer

        model = joblib.load("loan_model.joblib")

        @api_view(["POST"])
        def score(request):
            s = ApplicantSerializer(data=request.data)
            s.is_valid(raise_exception=True)
            row = [[s.validated_data["income"], s.validated_data["age"]]]
            return Response({"approved": bool(model.predict(row)[0])})
      `,
    });

    expect(locations(ocr)).toEqual(['reader/serializers.py:3']);
    expect(locations(classifier)).toEqual(['loans/serializers.py:3']);
  });
});

describe('signals/data_validation (objects that are no model)', () => {
  it('is absent for a DRF serializer that renders a prediction, and for serializers of an API that serves no model', async () => {
    const output = await detect(dataValidation, {
      'loans/serializers.py': 'from rest_framework import serializers\n\nclass DecisionSerializer(serializers.Serializer):\n    approved = serializers.BooleanField()\n    score = serializers.FloatField()\n',
      'loans/views.py': py`
        import joblib
        from rest_framework.decorators import api_view
        from rest_framework.response import Response
        from loans.serializers import DecisionSerializer

        model = joblib.load("loan_model.joblib")

        @api_view(["POST"])
        def score(request):
            p = float(model.predict_proba([request.data["features"]])[0][1])
            return Response(DecisionSerializer({"approved": p > 0.5, "score": p}).data)
      `,
    });
    const crud = await detect(dataValidation, {
      'shop/serializers.py': 'from rest_framework import serializers\nfrom shop.models import Order\n\nclass OrderSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Order\n        fields = ["item", "qty"]\n',
      'shop/views.py': py`
        from rest_framework.views import APIView
        from rest_framework.response import Response
        from shop.serializers import OrderSerializer

        class OrderView(APIView):
            def post(self, request):
                s = OrderSerializer(data=request.data)
                s.is_valid(raise_exception=True)
                s.save()
                return Response(s.data)
      `,
      'shop/models.py': 'from django.db import models\n\nclass Order(models.Model):\n    item = models.CharField(max_length=20)\n    qty = models.IntegerField()\n',
    });

    expect(output).toMatchObject({ present: false, evidence: [] });
    expect(crud).toMatchObject({ present: false, evidence: [] });
  });
});
