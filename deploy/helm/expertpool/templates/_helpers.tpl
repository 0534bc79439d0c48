{{/* The release's name prefix of every object. */}}
{{- define "expertpool.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* Labels of every object; "component" is gateway, region or country. */}}
{{- define "expertpool.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{ include "expertpool.selector" . }}
{{- end -}}

{{- define "expertpool.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- with .country }}
expertpool.asean.org/country: {{ . | lower }}
{{- end }}
{{- end -}}

{{- define "expertpool.image" -}}
{{ printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end -}}

{{- define "expertpool.issuersConfigMap" -}}
{{- .Values.auth.existingConfigMap | default (printf "%s-issuers" (include "expertpool.fullname" .)) -}}
{{- end -}}

{{/* Environment every service reads: how tokens are verified, and where it listens. */}}
{{- define "expertpool.commonEnv" -}}
- name: NODE_ENV
  value: {{ .Values.nodeEnv | quote }}
- name: HOST
  value: 0.0.0.0
- name: JWT_ISSUERS_FILE
  value: /config/issuers.json
{{- with .Values.auth.maxLifetime }}
- name: JWT_MAX_LIFETIME
  value: {{ . | quote }}
{{- end }}
{{- end -}}

{{- define "expertpool.extraEnv" -}}
{{- range $name, $value := . }}
- name: {{ $name }}
  value: {{ $value | quote }}
{{- end }}
{{- end -}}

{{/* Pod-level settings of every service: non-root, no service account token. */}}
{{- define "expertpool.podSpec" -}}
automountServiceAccountToken: false
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Volumes of every service: the issuers (read-only) and a writable /tmp. */}}
{{- define "expertpool.volumes" -}}
- name: issuers
  configMap:
    name: {{ include "expertpool.issuersConfigMap" . }}
    {{- if not .Values.auth.existingConfigMap }}
    items:
      - key: issuers.json
        path: issuers.json
      {{- range $file, $_ := .Values.auth.publicKeys }}
      - key: key-{{ $file }}
        path: keys/{{ $file }}
      {{- end }}
    {{- end }}
- name: tmp
  emptyDir:
    sizeLimit: 64Mi
{{- end -}}

{{- define "expertpool.volumeMounts" -}}
- name: issuers
  mountPath: /config
  readOnly: true
- name: tmp
  mountPath: /tmp
{{- end -}}

{{/* An Ingress with TLS for a Service: .ingress, .name, .labels, .port. */}}
{{- define "expertpool.ingress" -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ .name }}
  labels:
    {{- .labels | nindent 4 }}
  {{- with .ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  tls:
    - hosts: [{{ required "ingress.host is required" .ingress.host | quote }}]
      secretName: {{ required "ingress.tlsSecret is required: TLS ends at the ingress" .ingress.tlsSecret }}
  rules:
    - host: {{ .ingress.host | quote }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ .name }}
                port:
                  number: {{ .port }}
{{- end -}}
