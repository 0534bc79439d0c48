{{/*
A subgraph (the region, or one country): Deployment and Service on port 4001, its MONGODB_URI
from its own Secret. Arguments: root, name, component, country (or ""), main, replicas,
resources, env (extra name: value), serviceEnv (YAML list), secret, secretKey.
*/}}
{{- define "expertpool.subgraph" -}}
{{- $root := .root }}
{{- $labels := include "expertpool.labels" (dict "root" $root "component" .component "country" .country) }}
{{- $selector := include "expertpool.selector" (dict "root" $root "component" .component "country" .country) }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .name }}
  labels:
    {{- $labels | nindent 4 }}
spec:
  replicas: {{ .replicas }}
  selector:
    matchLabels:
      {{- $selector | nindent 6 }}
  template:
    metadata:
      labels:
        {{- $labels | nindent 8 }}
    spec:
      {{- include "expertpool.podSpec" $root | nindent 6 }}
      terminationGracePeriodSeconds: 30
      containers:
        - name: {{ .component }}
          image: {{ include "expertpool.image" $root }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          command: ['node', {{ .main | quote }}]
          env:
            {{- include "expertpool.commonEnv" $root | nindent 12 }}
            - name: PORT
              value: '4001'
            # With its user and password; the Secret is this service's alone.
            - name: MONGODB_URI
              valueFrom:
                secretKeyRef:
                  name: {{ .secret }}
                  key: {{ .secretKey }}
            {{- with .serviceEnv }}
            {{- . | nindent 12 }}
            {{- end }}
            {{- include "expertpool.extraEnv" .env | nindent 12 }}
          ports:
            - name: http
              containerPort: 4001
          # /health answers once the database is reachable and the indexes exist.
          livenessProbe:
            httpGet: { path: /health, port: http }
            periodSeconds: 10
            failureThreshold: 3
          readinessProbe:
            httpGet: { path: /health, port: http }
            periodSeconds: 5
            failureThreshold: 2
          startupProbe:
            httpGet: { path: /health, port: http }
            periodSeconds: 5
            failureThreshold: 60
          resources:
            {{- toYaml .resources | nindent 12 }}
          securityContext:
            {{- toYaml $root.Values.securityContext | nindent 12 }}
          volumeMounts:
            {{- include "expertpool.volumeMounts" $root | nindent 12 }}
      volumes:
        {{- include "expertpool.volumes" $root | nindent 8 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ .name }}
  labels:
    {{- $labels | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- $selector | nindent 4 }}
  ports:
    - name: http
      port: 4001
      targetPort: http
{{- end -}}
