FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=negotiations.settings.production

WORKDIR /app
RUN useradd --create-home --uid 10001 tracker
COPY pyproject.toml README.md ./
COPY negotiations ./negotiations
RUN pip install --upgrade pip && pip install .
COPY manage.py ./
COPY templates ./templates
COPY static ./static
# collectstatic needs settings, not secrets: a throwaway key and host for this one step.
RUN SECRET_KEY=collectstatic-only-$(python -c "print('x'*60)") ALLOWED_HOSTS=build \
    python manage.py collectstatic --no-input
USER tracker
EXPOSE 8000
CMD ["gunicorn", "negotiations.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
